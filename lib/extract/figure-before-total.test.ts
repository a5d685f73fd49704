// In English a figure may qualify the total noun after it: "a conservative
// 240,000 estimate", "the 3,000 figure". One row per phrasing (invented
// sentences, in no eval set).
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited, expectNoFigure, type NotFigureRow } from "../../test/counted-figure";

const CREDITED: CreditedRow[] = [
  ["en", "Police provided a conservative 45,000 estimate of the crowd in Glasgow.", 45000, "police"],
  ["en", "The unions announced a 120,000 figure for the Cardiff march.", 120000, "unions"],
  ["en", "Organisers reported a 9,500 turnout for the rally in Leeds.", 9500, "organisers"],
];

/** A figure before another noun, or with no determiner before it, qualifies no total. */
const NOT_FIGURES: NotFigureRow[] = [
  ["en", "The 2019 budget was passed in Leeds.", 2019],
  ["en", "Lines 12 figure in the contract.", 12],
];

describe("a figure that qualifies the total after it", () => {
  it.each(CREDITED)("(%s) %s → %d from %s", (language, text, value, id) => expectCredited(language, text, value, id));
  it.each(NOT_FIGURES)("(%s) %s has no figure %d", (language, text, value) => expectNoFigure(language, text, value));
});
