// Stages 2–5 for one sentence: the counted figures it holds, each with its
// value and counted noun. A number with no counted noun is dropped, except a
// bare number that continues a counted one ("3 000 soldats … et 7 000
// devraient …").
import type { Lexicon } from "./lexicon";
import { scanCores } from "./numbers/scan";
import { isNotACount } from "./filters";
import { type Quantity, toQuantities } from "./quantities";
import { type Head, headAfter, headIntroducedBefore, nextWordIsHead } from "./units";

export interface SentenceFigure {
  quantity: Quantity;
  head: Head;
}

/** How far back a bare number may borrow the noun of the previous figure. */
const ELLIPSIS_REACH = 160;
/** A bare number continues the previous figure only after a conjunction or a comma. */
const CONTINUATION = /(?:,|;|\bet|\band|\bwhile|tandis que|alors que|\bdont|\bincluding|\bcontre|\bversus|of whom|of which|among them|parmi eux|parmi lesquels)[\s\u00A0]*$/iu;

/** A cheap test that spares sentences with no digit and no number word. */
const MAYBE_NUMBER = /[\d]|[\p{L}]{3,}/u;

function canBorrow(quantity: Quantity, previous: Quantity, text: string): boolean {
  if (quantity.kind !== "digits" && quantity.kind !== "range") return false;
  if (quantity.start - previous.end > ELLIPSIS_REACH) return false;
  return CONTINUATION.test(text.slice(Math.max(previous.end, quantity.start - 20), quantity.start));
}

/**
 * `recentHead` is the last counted noun before this sentence, for figures that
 * point back to it ("8 000 d'entre eux", "a hundred others").
 */
export function findFigures(text: string, lexicon: Lexicon, recentHead: Head | null = null): SentenceFigure[] {
  if (!MAYBE_NUMBER.test(text)) return [];
  const quantities = toQuantities(text, scanCores(text, lexicon), lexicon);
  const figures: SentenceFigure[] = [];
  for (const quantity of quantities) {
    if (isNotACount(quantity, text, lexicon, nextWordIsHead(text, quantity.end, lexicon))) continue;
    const previous = figures[figures.length - 1];
    const after = headAfter(text, quantity.end, lexicon);
    let head = after === "ANAPHOR" ? (previous?.head ?? recentHead) : (after ?? headIntroducedBefore(text, quantity.start, lexicon));
    if (!head && previous && canBorrow(quantity, previous.quantity, text)) head = previous.head;
    if (head) figures.push({ quantity, head });
  }
  return figures;
}
