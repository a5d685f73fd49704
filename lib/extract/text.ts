// Shared helpers for turning lexicon phrases into regular expressions that are
// safe on any input: no nested quantifiers, so matching stays linear.

const SPACE = "[\\s\\u00A0\\u202F]+";
const APOSTROPHE = "['’ʼ]";
const HYPHEN = "[-‐‑–\\s]";
const LETTER_OR_DIGIT = "[\\p{L}\\p{N}]";

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One phrase as a pattern: spaces match any run of spaces (incl. no-break ones),
 * apostrophes match the typographic ones too, a trailing `*` lets the last word
 * continue (a stem), and `inflect` lets lowercase words take French/English
 * plural or feminine endings ("renseignement militaire ukrainien" also matches
 * "renseignements militaires ukrainiens").
 */
export function phrasePattern(phrase: string, inflect = false): string {
  const stem = phrase.endsWith("*");
  const body = stem ? phrase.slice(0, -1) : phrase;
  const words = body.split(/\s+/).map((word) => {
    let pattern = escapeRegex(word).replace(/['’]/g, APOSTROPHE).replace(/-/g, HYPHEN);
    if (inflect && /^[\p{Ll}'’-]{4,}$/u.test(word)) pattern += "(?:e|ne)?s?";
    return pattern;
  });
  let pattern = words.join(SPACE);
  if (stem) pattern += "\\p{L}*";
  const openEnd = /['’]$/.test(body);
  return openEnd ? pattern : `${pattern}(?!${LETTER_OR_DIGIT})`;
}

/** Matches where no letter or digit stands just before: the start of a word. */
export const WORD_START = `(?<!${LETTER_OR_DIGIT})`;

/** The alternatives of `phraseAlternation`, longest first, without its word-start check. */
export function phraseAlternatives(phrases: readonly string[], inflect = false): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return sorted.map((p) => phrasePattern(p, inflect)).join("|");
}

/** An alternation of phrases, longest first, starting at a word boundary. */
export function phraseAlternation(phrases: readonly string[], inflect = false): string {
  return `${WORD_START}(?:${phraseAlternatives(phrases, inflect)})`;
}

export function phraseRegex(phrases: readonly string[], flags = "giu", inflect = false): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  return new RegExp(phraseAlternation(phrases, inflect), flags);
}

/** Matches when the text ends with one of the phrases (followed only by spaces). */
export function endsWithPhraseRegex(phrases: readonly string[]): RegExp {
  if (phrases.length === 0) return /(?!)/u;
  return new RegExp(`${phraseAlternation(phrases)}[\\s\\u00A0\\u202F]*$`, "iu");
}

/** Matches when the text starts with one of the phrases (after spaces). */
export function startsWithPhraseRegex(phrases: readonly string[]): RegExp {
  if (phrases.length === 0) return /(?!)/u;
  return new RegExp(`^[\\s\\u00A0\\u202F]*${phraseAlternation(phrases)}`, "iu");
}

/** Lowercases and folds typographic apostrophes and hyphens, for dictionary look-ups. */
const FOLDED = /[’ʼ‐‑–]/;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (!FOLDED.test(lower)) return lower;
  return lower.replace(/['’ʼ]/g, "'").replace(/[‐‑–]/g, "-");
}

export interface TextMatch {
  start: number;
  end: number;
  text: string;
}

/** All matches of a global regex in `text`, offsets shifted by `offset`. */
export function allMatches(regex: RegExp, text: string, offset = 0): TextMatch[] {
  const out: TextMatch[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    out.push({ start: m.index + offset, end: m.index + m[0].length + offset, text: m[0] });
  }
  return out;
}
