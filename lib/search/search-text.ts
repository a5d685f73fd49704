// What a search box's text means, in one place for the database query and the
// highlighting: the words in it (letters and digits; punctuation and FTS
// operators are only separators), each matched blind to case and accents,
// whole or as the beginning of a word. So "coreens" finds "coréens", "Etats"
// finds "États-Unis", "Kours" finds "Koursk", and `"`, `*`, `AND` or `%` never
// change what is matched.

const WORD = /[\p{L}\p{N}]+/gu;

/** A word as the index stores it: lower case, accents removed. */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** The searched words, folded, repeats dropped. */
export function searchWords(text: string): string[] {
  return [...new Set((text.match(WORD) ?? []).map(foldWord))];
}

/**
 * The FTS5 query for these words: every word must occur, each as a quoted
 * string (so none is read as an operator) that may begin a longer word.
 * Null when the text has no word at all (`%`, `"`): it is then matched as a
 * literal substring.
 */
export function ftsQuery(text: string): string | null {
  const words = searchWords(text);
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}

/** Beyond this many indexed words beginning with a searched word, the word is matched as a prefix. */
export const MAX_SPELLED_TERMS = 24;

/** A searched word and the indexed words it begins; null when there are more than MAX_SPELLED_TERMS. */
export interface WordTerms {
  word: string;
  terms: string[] | null;
}

const quoted = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * The same query as ftsQuery with each word's beginning spelled out as the
 * indexed words it begins ("coreens" OR "coreennes" …): FTS5 reads the
 * doclists of plain terms row by row, so a LIMIT stops it early, whereas a
 * prefix query first merges the doclists of every word it begins, in full.
 * A word with no indexed term, or too many, stays a prefix query (it then
 * matches what the tokenizer makes of it, exactly as before).
 */
export function spelledFtsQuery(words: readonly WordTerms[]): string | null {
  if (!words.length) return null;
  const parts = words.map(({ word, terms }) => {
    if (!terms || terms.length === 0) return `${quoted(word)}*`;
    return terms.length === 1 ? quoted(terms[0]!) : `(${terms.map(quoted).join(" OR ")})`;
  });
  return parts.join(" AND ");
}

export interface TextRange {
  start: number;
  end: number;
}

/** Where the searched words occur in a text, as UTF-16 ranges of the words they begin, in order. */
export function searchMatches(text: string, query: string): TextRange[] {
  const words = searchWords(query);
  if (!words.length) return literalMatches(text, query.trim());
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    if (words.some((w) => folded.startsWith(w))) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

function literalMatches(text: string, needle: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (!needle) return ranges;
  const haystack = text.toLowerCase();
  const lower = needle.toLowerCase();
  for (let i = haystack.indexOf(lower); i >= 0; i = haystack.indexOf(lower, i + lower.length)) ranges.push({ start: i, end: i + lower.length });
  return ranges;
}

/** The text cut into pieces, each marked as a match or not, for rendering with <mark>. */
export function splitByMatches(text: string, query: string | undefined): { text: string; match: boolean }[] {
  const ranges = query ? searchMatches(text, query) : [];
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
