// The kind of a source found in the text, guessed from the words of its name.
import type { AgencyKind } from "./agencies";
import { fold, hasWords } from "./fold";
import { GENERIC_HEADS, KIND_WORDS } from "./lexicon/kinds";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const CAPITAL_FIRST = /^\p{Lu}/u;
const CAPITALIZED_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

const GENERIC = new Set(GENERIC_HEADS);
const DETERMINER = /^(?:le|la|les|l|du|des|de|d|un|une|the|a|an|some|several|certains|certaines|plusieurs|two|three|deux|trois)$/u;
/** Capitalised words that only qualify a generic head: nationalities ("Egyptian", "américain") and short codes ("US", "UN"). */
const QUALIFIER = /^(?:\p{Lu}[\p{L}-]*(?:an|ian|ese|ish|i|ais|aise|ain|aine|ien|ienne|ois|oise|ais)|[\p{Lu}.]{2,4})$/u;

/**
 * True for speakers the text leaves unnamed: a generic head ("les
 * organisateurs", "a US official", "des sources policières", "police sources")
 * with nothing before it but lowercase words and qualifiers.
 */
export function isGeneric(name: string): boolean {
  return genericHeadAt(name) >= 0;
}

/** Where the generic head of an unnamed speaker starts in `name`, or -1. */
export function genericHeadAt(name: string): number {
  const words = name.split(/(\s+)/u);
  const folded = words.map((w) => fold(w));
  const at = folded.findIndex((w) => GENERIC.has(w));
  if (at < 0) return -1;
  const before = words.slice(0, at).filter((w) => /\S/u.test(w));
  const qualifying = before.every((w, i) => DETERMINER.test(fold(w)) || !CAPITAL_FIRST.test(w) || QUALIFIER.test(w) || (i === 0 && before.length > 0));
  return qualifying ? words.slice(0, at).join("").length : -1;
}

/** A name of one to three capitalised words with no institution word: a person. */
function looksLikePerson(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length <= 4 && words.every((w) => CAPITALIZED_WORD.test(w));
}

/** "UN children's agency", "U.N. refugee agency". */
const UN = /(?:^|\s)U\.?N\.?(?:['’]s)?(?:\s|$)/u;

export function guessKind(name: string): AgencyKind {
  if (isGeneric(name)) return "unnamed";
  if (UN.test(name)) return "un_agency";
  const folded = fold(name);
  for (const [kind, words] of KIND_WORDS) if (words.some((w) => hasWords(folded, w))) return kind;
  return looksLikePerson(name) ? "person" : "other";
}
