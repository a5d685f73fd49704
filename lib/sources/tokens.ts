// Words of a short stretch of text with their offsets, for reading noun
// phrases forwards and backwards. French elisions ("l'", "d'") are words of
// their own; an English possessive stays on its word ("Turkey's").
import type { Language } from "../claims/claim";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT_FIRST = /^\p{N}/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const CAPITAL = /\p{Lu}/u;

export interface Token {
  text: string;
  /** Lowercased, typographic apostrophes folded: what the word lists are written in. */
  lower: string;
  start: number;
  end: number;
  punct: boolean;
  digit: boolean;
  /** Opens with a capital letter. */
  capital: boolean;
  /** Two to ten capitals or digits, a capital first: "CGT", "OCHA", "CFE-CGC". */
  acronym: boolean;
}

const WORD = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-‐‑&]*[\\p{L}\\p{N}])?";
const TOKEN: Record<Language, RegExp> = {
  fr: new RegExp(`(?:jusqu|lorsqu|puisqu|presqu|qu|[ldjmnstc])['’](?=\\p{L})|${WORD}|\\S`, "giu"),
  en: new RegExp(`${WORD}(?:['’]s(?!\\p{L}))?|\\S`, "gu"),
};
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}\-&]{1,9}$/u;

/** Lowercased, typographic apostrophes folded. Few words hold one: the test skips the replace for the others, as `normalizeWord` does. */
export function lowered(word: string): string {
  const lower = word.toLowerCase();
  return TYPOGRAPHIC_APOSTROPHE.test(lower) ? lower.replace(TYPOGRAPHIC_APOSTROPHES, "'") : lower;
}
const TYPOGRAPHIC_APOSTROPHE = /[’ʼ]/;
const TYPOGRAPHIC_APOSTROPHES = /[’ʼ]/g;

/** The tokens of `text` that start in [from, to), at most `limit` of them: the first ones are the same whatever the limit. */
export function tokenize(text: string, from: number, to: number, language: Language, limit = Infinity): Token[] {
  const regex = TOKEN[language];
  regex.lastIndex = from;
  const tokens: Token[] = [];
  for (let m = regex.exec(text); m && m.index < to && tokens.length < limit; m = regex.exec(text)) {
    const word = m[0];
    const first = word.charAt(0);
    const punct = !LETTER_OR_DIGIT.test(first);
    tokens.push({
      text: word,
      lower: lowered(word),
      start: m.index,
      end: m.index + word.length,
      punct,
      digit: DIGIT_FIRST.test(first),
      capital: CAPITAL.test(first),
      acronym: ACRONYM.test(word) && TWO_CAPITALS.test(word),
    });
  }
  return tokens;
}
