// Which language an article is in, told by franc (trigram profiles of 82
// languages, bundled with the package: it works offline). Claims are read
// only in French and English; an article in another language is stored and
// marked, not read with the wrong word lists.
import { francAll } from "franc-min";
import type { ArticleInput, Language } from "../claims/claim";
import { LANGUAGES } from "../claims/vocabulary";

export const UNSUPPORTED_LANGUAGE_NOTE = "language not supported for extraction";

/** franc names languages by ISO 639-3; the app keeps ISO 639-1 where there is one. */
const ISO_639_1: Record<string, string> = {
  fra: "fr", eng: "en", deu: "de", spa: "es", ita: "it", por: "pt", nld: "nl", rus: "ru", ukr: "uk", pol: "pl",
  ron: "ro", hun: "hu", ces: "cs", swe: "sv", tur: "tr", arb: "ar", pes: "fa", heb: "he", cmn: "zh", jpn: "ja",
  kor: "ko", vie: "vi", ind: "id", hin: "hi", ben: "bn", ell: "el", bul: "bg", srp: "sr", hrv: "hr", uzn: "uz",
};

/** How close (franc's scores run from 1 for the best down) French or English must come to the best guess to be taken over it. */
const NEAR_BEST = 0.9;
const SAMPLE_CHARS = 4000;

/**
 * The article's language as an ISO 639-1 code where one exists. French or
 * English wins a near tie, since a news text full of foreign names can look
 * a little like a neighbour language; text too short to tell counts as English.
 */
export function detectLanguage(text: string): string {
  const ranked = francAll(text.slice(0, SAMPLE_CHARS), { minLength: 20 });
  const [best] = ranked;
  if (!best || best[0] === "und") return "en";
  const near = ranked.find(([code, score]) => (code === "fra" || code === "eng") && score >= NEAR_BEST);
  const code = near?.[0] ?? best[0];
  return ISO_639_1[code] ?? code;
}

export function isExtractable(language: string): language is Language {
  return (LANGUAGES as readonly string[]).includes(language);
}

/** What extraction is given of an article, or null when its language is one the extractor cannot read. */
export function extractionInput(article: { fileName: string; text: string; language: string; published: string | null }): ArticleInput | null {
  return isExtractable(article.language) ? { file: article.fileName, text: article.text, language: article.language, published: article.published } : null;
}
