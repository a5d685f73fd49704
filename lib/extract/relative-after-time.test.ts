// "An investigation from Harvard researchers earlier in the summer, which
// estimated …": a relative after a time phrase speaks for the noun phrase
// before the time, not for the time. Invented sentences, in no eval set:
// text, a figure's low value → its source id.
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const ROWS: CreditedRow[] = [
  ["en", "Unlike a survey by Oxfam researchers earlier in the spring, which estimated over 2,000 deaths, this study used hospital records.", 2000, "oxfam-researchers"],
  ["en", "A count from the Red Cross last week, which found 800 missing, was revised.", 800, "icrc"],
  ["en", "A study of hospital data posted earlier this month, which reported 1,200 deaths, was criticised.", 1200, "study-of-hospital-data"],
  ["fr", "Une enquête de chercheurs de Harvard plus tôt cette année, qui estimait 4 000 morts, avait été critiquée.", 4000, "chercheurs-de-harvard"],
  ["fr", "Un comptage de la Croix-Rouge la semaine dernière, qui recensait 800 disparus, a été revu.", 800, "icrc"],
];

describe("a relative after a time phrase", () => {
  it.each(ROWS)("%s: %s → %d credited to %s", (language, text, low, id) => expectCredited(language, text, low, id));
});
