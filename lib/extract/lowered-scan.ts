// A case-sensitive regex over a lowercased copy of the text finds what the
// case-insensitive one finds over the text, and faster: the engine compiles
// and tries one form of each letter instead of all its case forms. That holds
// wherever lowercasing keeps every character's length and folds case as the
// engine does; `loweredAlike` says where, and elsewhere scanners fall back to
// the case-insensitive regex.

/**
 * Characters whose lowercase is matched differently by a case-insensitive
 * Unicode regex: it folds "ſ" to "s", "µ" to "μ", "ς" to "σ", the Greek
 * symbol forms and the old Cyrillic shapes to their letters, where
 * `toLowerCase` keeps them apart. A text or phrase whose lowercase holds one
 * of them is not scanned lowered (the unit test derives this set anew from
 * every code point).
 */
export const FOLDED_APART = /[\u00B5\u017F\u0345\u03C2\u03D0\u03D1\u03D5\u03D6\u03F0\u03F1\u03F5\u1C80-\u1C88\u1E9B\u1FBE]/;

/** Whether `lower`, the lowercase of `text`, keeps every character's length and folds as a case-insensitive regex does. */
function foldsAlike(text: string, lower: string): boolean {
  return lower.length === text.length && !FOLDED_APART.test(lower);
}

/** A phrase whose lowercase matches as the phrase matches case-insensitively. */
export function lowercasesAlike(phrase: string): boolean {
  return foldsAlike(phrase, phrase.toLowerCase());
}

/** The last few texts asked about and their answers: the stages scan a sentence and its clauses in turn. */
const KEPT = 4;
const keptTexts: string[] = new Array<string>(KEPT).fill("");
const keptLowered: (string | null)[] = new Array<string | null>(KEPT).fill("");
let nextSlot = 0;

/**
 * The text lowercased, when every character keeps its length ("İ" becomes two
 * units) and folds as a case-insensitive regex folds it; null otherwise.
 */
export function loweredAlike(text: string): string | null {
  for (let i = 0; i < KEPT; i++) if (keptTexts[i] === text) return keptLowered[i] as string | null;
  const lower = text.toLowerCase();
  const answer = foldsAlike(text, lower) ? lower : null;
  keptTexts[nextSlot] = text;
  keptLowered[nextSlot] = answer;
  nextSlot = (nextSlot + 1) % KEPT;
  return answer;
}
