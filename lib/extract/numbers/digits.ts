// Figures written with digits. Which of "." and "," groups thousands depends on
// the language and on the shape: French "10.000" and "10 000" are ten thousand
// and "4,8" is a decimal; English "10,000" is ten thousand and "4.8" a decimal.
// Spaces, no-break spaces (U+00A0) and narrow no-break spaces (U+202F) group
// thousands in both languages.
import type { Lexicon } from "../lexicon";

/** Longer digit runs are identifiers or junk, never counts. */
export const MAX_DIGITS = 15;

const GROUP_SPACE = "[ \\u00A0\\u202F]";

/** Digits with an optional decimal part; grouped forms come first so they win. */
export function digitPattern(lexicon: Lexicon): string {
  const thousandsMark = lexicon.decimalMark === "," ? "\\." : ",";
  const decimal = lexicon.decimalMark === "," ? "," : "\\.";
  return [
    `\\d{1,3}(?:${GROUP_SPACE}\\d{3})+(?![\\d])(?:${decimal}\\d+)?`,
    `\\d{1,3}(?:${thousandsMark}\\d{3})+(?![\\d])(?:${decimal}\\d+)?`,
    `\\d+(?:[.,]\\d+)?`,
  ].join("|");
}

/**
 * The value of a digit string, or null when it is too long to be a count.
 * Only the language's decimal mark, or a lone "." or "," not followed by
 * exactly three digits, starts a decimal part.
 */
export function parseDigits(raw: string, lexicon: Lexicon): number | null {
  const compact = raw.replace(/[ \u00A0\u202F]/g, "");
  const digitCount = compact.replace(/[^\d]/g, "").length;
  if (digitCount === 0 || digitCount > MAX_DIGITS) return null;
  const marks = compact.match(/[.,]/g) ?? [];
  if (marks.length === 0) return Number(compact);
  const lastMark = compact.lastIndexOf(marks[marks.length - 1] ?? ".");
  const afterLast = compact.length - lastMark - 1;
  const single = marks.length === 1;
  const isDecimal =
    compact[lastMark] === lexicon.decimalMark ? true : single && afterLast !== 3;
  if (!isDecimal) return Number(compact.replace(/[.,]/g, ""));
  const whole = compact.slice(0, lastMark).replace(/[.,]/g, "");
  return Number(`${whole}.${compact.slice(lastMark + 1)}`);
}
