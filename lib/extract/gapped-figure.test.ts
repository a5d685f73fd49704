// Gapping: after a comma, a second speaker and a bare figure repeat the first
// clause's verb and noun ("la police a compté 9 000 manifestants, la CGT
// 25 000"). The figure counts what the first one counts and is the second
// speaker's. One row per phrasing (invented sentences, in no eval set).
import { describe, it } from "vitest";
import { type CountedRow, type CreditedRow, expectCounted, expectCredited, expectNoFigure, type NotFigureRow } from "../../test/counted-figure";

const COUNTED: CountedRow[] = [
  ["fr", "À Rennes, la préfecture a compté 9 000 manifestants, la CGT 25 000.", 25000, "protesters", "participants"],
  ["fr", "La police a dénombré 3 200 grévistes, les syndicats 7 000.", 7000, "strikers", "participants"],
  ["en", "Police counted 14,000 marchers in Leeds, organisers 40,000.", 40000, "protesters", "participants"],
  ["en", "Officials put the turnout at 6,500, the unions at 18,000.", 18000, "participants", "participants"],
];

const CREDITED: CreditedRow[] = [
  ["fr", "À Rennes, la préfecture a compté 9 000 manifestants, la CGT 25 000.", 25000, "cgt"],
  ["fr", "À Rennes, la préfecture a compté 9 000 manifestants, la CGT 25 000.", 9000, "prefecture"],
  ["fr", "La police a dénombré 3 200 grévistes, les syndicats 7 000.", 7000, "syndicats"],
  ["en", "Police counted 14,000 marchers in Leeds, organisers 40,000.", 40000, "organisers"],
  ["en", "Police counted 14,000 marchers in Leeds, organisers 40,000.", 14000, "police"],
  ["en", "Officials put the turnout at 6,500, the unions at 18,000.", 18000, "unions"],
  // A phrase with a verb of its own is a clause, not a gap.
  ["en", "Organisers counted 30,000 marchers, police said 12,000.", 12000, "police"],
];

/** Numbers after a comma that are no gapped figure: a year, a name of no speaker. */
const NOT_FIGURES: NotFigureRow[] = [
  ["en", "The storm killed 40 people, the worst since 1998.", 1998],
  ["fr", "Le cortège a réuni 4 000 personnes, rue de Paris 12.", 12],
];

describe("a gapped figure after a second speaker", () => {
  it.each(COUNTED)("(%s) %s → %d %s, %s", (language, text, value, unit, category) => expectCounted(language, text, value, unit, category));
  it.each(CREDITED)("(%s) %s → %d from %s", (language, text, value, id) => expectCredited(language, text, value, id));
  it.each(NOT_FIGURES)("(%s) %s has no figure %d", (language, text, value) => expectNoFigure(language, text, value));
});
