// "Entre 133 000 (police) et 500 000 (organisateurs) personnes": the two ends
// of what would be a range, each with its speaker in parentheses, are two
// figures of the noun written after the second.
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { Quantity } from "./quantities";
import { SPACE_CHAR } from "./text";
import { headAfter, type Head } from "./units";

const SPACES = `${SPACE_CHAR}*`;

/** A parenthesis of words without a figure, then a range joiner: "(police) et", "(organisers) to". */
const splitRangeLink = perLexicon(
  (lexicon): RegExp =>
    new RegExp(`^${SPACES}\\([^()\\p{N}]{2,60}\\)${SPACES}(?:${[...lexicon.rangeAndJoiners, ...lexicon.rangeToJoiners].join("|")})${SPACES}$`, "iu"),
);

/** The noun the second end counts, when only a speaker's parenthesis and a joiner stand between the two figures. */
export function splitRangeHead(text: string, first: Quantity, second: Quantity | undefined, lexicon: Lexicon): Head | null {
  if (!second || first.kind !== "digits" || second.kind !== "digits") return null;
  if (!splitRangeLink(lexicon).test(text.slice(first.end, second.start))) return null;
  const head = headAfter(text, second.end, lexicon);
  return head === "ANAPHOR" ? null : head;
}
