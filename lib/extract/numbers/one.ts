// "one" and "un"/"une" are articles far more often than counts: outside a
// casualty noun ("one death", see scan.ts) they count one only where a reader
// sees a count — an item of a list of figures ("two children and one woman",
// "213 à Valence, trois en Castille et une en Andalousie") or a bound ("at
// least one Australian").
import type { Lexicon } from "../lexicon";
import { normalizeWord } from "../text";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const LETTER = /\p{L}/u;

/** How far back the figure a list item of one follows may end. */
const LIST_REACH = 120;
const LIST_JOINER = /(?:,|\band|\bet)[\s\u00A0\u202F]*$/iu;
const NEXT_TOKEN = /^[\s\u00A0\u202F]*([\p{L}'’-]+|[^\s\u00A0\u202F])?/u;
/** A people named at once: "one American", "one Japanese citizen". */
const CAPITALIZED = /^\p{Lu}/u;

interface Earlier {
  end: number;
}

/** The word after the "one": a people named, a counted noun, or (for a list item) a place or an ordinal. */
function nextWord(text: string, end: number): string | null {
  return NEXT_TOKEN.exec(text.slice(end, end + 30))?.[1] ?? null;
}

/** After a lone "one" of a list, what a reader takes for the rest of the item: "et une en Andalousie", "and one more". */
export function oneStandsAlone(text: string, end: number, lexicon: Lexicon): boolean {
  const next = nextWord(text, end);
  return next === null || /^[,;.)]$/u.test(next) || lexicon.oneListFollowers.includes(next.toLowerCase());
}

function namesWhatIsCounted(text: string, end: number, lexicon: Lexicon): boolean {
  const next = nextWord(text, end);
  if (!next) return false;
  return CAPITALIZED.test(next) || Boolean(lexicon.heads[normalizeWord(next)]);
}

function boundBefore(text: string, start: number, lexicon: Lexicon): boolean {
  const before = text.slice(Math.max(0, start - 16), start).toLowerCase().replace(/[\s\u00A0\u202F]+$/u, "");
  return lexicon.oneBounds.some((bound) => before.endsWith(bound) && !LETTER.test(before.charAt(before.length - bound.length - 1)));
}

/** Whether the weak word at [start, end) counts one: a list item after another figure, or a bound's figure. */
export function countsOneInContext(text: string, start: number, end: number, lexicon: Lexicon, earlier: readonly Earlier[]): boolean {
  if (!lexicon.oneBeforeCasualty.includes(text.slice(start, end).toLowerCase())) return false;
  if (boundBefore(text, start, lexicon)) return namesWhatIsCounted(text, end, lexicon);
  if (!LIST_JOINER.test(text.slice(Math.max(0, start - 8), start))) return false;
  const follows = earlier.some((core) => core.end <= start && start - core.end <= LIST_REACH);
  return follows && (namesWhatIsCounted(text, end, lexicon) || oneStandsAlone(text, end, lexicon));
}
