// "Police provided a conservative 240,000 estimate", "the 3,000 figure": in
// English a figure may qualify the total noun after it; the total says what
// the figure counts.
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { Quantity } from "./quantities";
import type { Head } from "./units";
import { normalizeWord, phraseAlternation, SPACE_CHAR as SPACE } from "./text";


interface TotalAfterRegexes {
  /** A determiner, then two adjectives at most, right before the figure: "a conservative". */
  determinerBefore: RegExp;
  /** The total right after the figure, as a whole word. */
  totalAfter: RegExp;
}

const regexes = perLexicon(
  (lexicon): TotalAfterRegexes | null =>
    lexicon.totalsAfterFigure.length
      ? {
          determinerBefore: new RegExp(`(?:^|${SPACE})${phraseAlternation(lexicon.figureDeterminers)}(?:${SPACE}+\\p{L}[\\p{L}-]*){0,2}${SPACE}+$`, "iu"),
          totalAfter: new RegExp(`^${SPACE}+(${phraseAlternation(lexicon.totalsAfterFigure)})`, "iu"),
        }
      : null,
);

/** The head of the total a figure qualifies ("a 240,000 estimate"), or null. */
export function totalAfterFigure(text: string, quantity: Quantity, lexicon: Lexicon): Head | null {
  const r = regexes(lexicon);
  if (!r || quantity.kind !== "digits") return null;
  const total = r.totalAfter.exec(text.slice(quantity.end, quantity.end + 24));
  if (!total || !r.determinerBefore.test(text.slice(Math.max(0, quantity.start - 40), quantity.start))) return null;
  const noun = lexicon.totals[normalizeWord(total[1] as string).replace(/[\s\u00A0\u202F]+/gu, " ")];
  return noun ? { ...noun, subject: null } : null;
}
