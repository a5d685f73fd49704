// A figure alone in brackets right after an agent phrase ("par les syndicats
// (12 000)", "by the police (3,000)") is a figure of people that agent gives.
// One row per phrasing (invented sentences, in no eval set).
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited, expectNoFigure, type NotFigureRow } from "../../test/counted-figure";

const CREDITED: CreditedRow[] = [
  ["fr", "À Brest, les estimations données par les syndicats (12 000) et par la préfecture (3 500) divergent encore.", 12000, "syndicats"],
  ["fr", "À Brest, les estimations données par les syndicats (12 000) et par la préfecture (3 500) divergent encore.", 3500, "prefecture"],
  ["en", "In Leeds the figures given by the unions (9,000) and by the police (2,500) were far apart.", 9000, "unions"],
  ["en", "In Leeds the figures given by the unions (9,000) and by the police (2,500) were far apart.", 2500, "police"],
];

/** Brackets after an agent that hold no count of people: a small reference number, a year in a name. */
const NOT_FIGURES: NotFigureRow[] = [
  ["en", "The law was passed by the assembly (5) after a long debate.", 5],
];

describe("a bracketed figure after its agent", () => {
  it.each(CREDITED)("(%s) %s → %d from %s", (language, text, value, id) => expectCredited(language, text, value, id));
  it.each(NOT_FIGURES)("(%s) %s has no figure %d", (language, text, value) => expectNoFigure(language, text, value));
});
