// A toll is as of the day it was reported: the day tied to the speech verb
// ("the police said Monday", "un bilan annoncé hier par la police") wins over
// a day that only says when the event happened. A turnout keeps its march's
// day. Invented sentences, in no eval set: published, text, figure → as-of.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { claimOfValue } from "../../test/counted-figure";

type Row = [string, Language, string, string, number, string];

// 2024-03-12 is a Tuesday.
const ROWS: Row[] = [
  ["a toll of Sunday's storm, said Monday", "en", "2024-03-12", "The toll from the storm that hit the coast on Sunday has risen to 41, the ministry said Monday.", 41, "2024-03-11"],
  ["said on Monday", "en", "2024-03-12", "The floods of Sunday have killed 41 people, officials said on Monday.", 41, "2024-03-11"],
  ["the injured, said Monday", "en", "2024-03-12", "At least 120 people were injured in Sunday's blast, the police said Monday.", 120, "2024-03-11"],
  ["a toll announced yesterday, in French", "fr", "2024-03-12", "Environ 41 personnes ont été tuées dans la tempête de dimanche, selon un bilan annoncé hier par la préfecture.", 41, "2024-03-11"],
  ["a speech verb and its day, in French", "fr", "2024-03-12", "Les inondations de dimanche ont fait 41 morts, a indiqué lundi le ministère.", 41, "2024-03-11"],
  ["a turnout keeps its march's day", "en", "2024-03-12", "Some 20,000 people marched on Sunday, police said Monday.", 20_000, "2024-03-10"],
  ["no day at the verb: the day nearest the figure", "en", "2024-03-12", "By Sunday evening the toll had reached 41, the ministry said.", 41, "2024-03-10"],
];

describe("the day a toll was reported", () => {
  it.each(ROWS)("%s", (_title, language, published, text, low, asOf) => {
    expect(claimOfValue(language, text, low, published).asOf).toBe(asOf);
  });
});
