// One article's bytes and the metadata given with it (a manifest entry, or the
// upload form) turned into an article ready to extract and store, or a reason
// in words why not. The one path for `npm run ingest` and for uploads: the
// same size, type and encoding checks, the same HTML reading, the same
// inference of what the metadata leaves out.
import { binaryFormatOf } from "./file-type";
import { detectLanguage } from "./language";
import type { ManifestEntry } from "./manifest";
import type { NewArticle } from "./new-article";
import { inferPublishedDate } from "./infer-date";
import { looksLikeHtml, readHtmlArticle, type PageMetadata } from "./html";
import { contentHash, readArticleBytes } from "./read-article";
import { guessTitle } from "./title";

/** What a person or a manifest said about the article; each field left out is read from the file or inferred. */
export type GivenMetadata = Partial<Omit<ManifestEntry, "file">> & { title?: string | null };

export type PreparedArticle = { ok: true; article: NewArticle } | { ok: false; reason: string };

function dateOf(given: GivenMetadata, page: PageMetadata | null, text: string): Pick<NewArticle, "published" | "dateSource" | "dateNote"> {
  if (given.published) return { published: given.published, dateSource: given.dateSource ?? "given", dateNote: given.dateNote ?? null };
  if (page?.published) return { published: page.published, dateSource: "given", dateNote: `given by the page (${page.publishedFrom})` };
  const inferred = inferPublishedDate(text);
  if (inferred) return { published: inferred.published, dateSource: "inferred", dateNote: inferred.note };
  return { published: null, dateSource: "unknown", dateNote: given.dateNote ?? null };
}

function pageNote(page: PageMetadata, given: GivenMetadata): string | null {
  const fromPage = [
    !given.title && page.title ? "title" : null,
    !given.publisher && page.publisher ? "publisher" : null,
    !given.published && page.published ? "date" : null,
    !given.url && page.url ? "address" : null,
  ].filter(Boolean);
  return fromPage.length ? `${fromPage.join(", ")} given by the page's own metadata` : null;
}

export function prepareArticle(fileName: string, bytes: Uint8Array, given: GivenMetadata, maxBytes: number): PreparedArticle {
  const format = binaryFormatOf(bytes);
  // Never unpacked or opened: a compressed "bomb" stays the few bytes it was sent as.
  if (format) return { ok: false, reason: `file is ${format}, not text (save the article's text as .txt, .md or .html)` };
  const read = readArticleBytes(bytes, maxBytes);
  if (!read.ok) return read;
  let text = read.text;
  let page: PageMetadata | null = null;
  if (looksLikeHtml(text)) {
    const html = readHtmlArticle(text);
    if (!html.ok) return html;
    text = html.text;
    page = html.metadata;
  }
  const language = given.language ?? detectLanguage(text);
  return {
    ok: true,
    article: {
      fileName,
      title: given.title?.trim() || page?.title || guessTitle(text, fileName),
      publisher: given.publisher ?? page?.publisher ?? null,
      url: given.url ?? page?.url ?? null,
      language,
      ...dateOf(given, page, text),
      metadataNote: page ? pageNote(page, given) : null,
      text,
      contentHash: page ? contentHash(text) : read.hash,
      byteLength: bytes.length,
    },
  };
}
