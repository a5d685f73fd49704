// Names folded for comparing and for ids: accents off, lowercase, every run
// of other characters one space ("l'Intérieur" → "l interieur").
const folded = new Map<string, string>();
/** Enough for every name an ingest meets often; the cache starts over past it. */
const CACHE_LIMIT = 20_000;
/** Module constants, not literals in `foldUncached`: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. Both are global, but `replace` starts them at 0 each time. */
const MARKS = /\p{M}+/gu;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;

export function fold(name: string): string {
  let found = folded.get(name);
  if (found === undefined) {
    if (folded.size >= CACHE_LIMIT) folded.clear();
    found = foldUncached(name);
    folded.set(name, found);
  }
  return found;
}

function foldUncached(name: string): string {
  return name
    .normalize("NFD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(NOT_LETTERS_OR_DIGITS, " ")
    .trim();
}

const LEADING_DETERMINERS = /^(?:(?:le|la|les|l|du|des|de|d|un|une|son|sa|ses|leur|leurs|ce|cette|ces|the|a|an|its|their|his|her)\s+)+/u;

/** A folded name without the determiners it opens with: "la CGT" → "cgt". */
export function foldedKey(name: string): string {
  return fold(name).replace(LEADING_DETERMINERS, "");
}

/** An id from a name: stable across articles, never one of the gazetteer's (they use underscores). */
export function sourceId(name: string): string {
  return foldedKey(name).replace(/\s+/g, "-").slice(0, 80) || "unnamed";
}

/** Contains `phrase` as whole words. */
export function hasWords(folded: string, phrase: string): boolean {
  return ` ${folded} `.includes(` ${phrase} `);
}
