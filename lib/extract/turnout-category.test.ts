// "They were 20,000", "ils étaient 4 000": a crowd told by its number is a
// turnout, unless a word around says what else was counted. One row per
// phrasing (invented sentences, in no eval set): text → each claim's category.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from ".";

type Row = [Language, string, string[]];

const ROWS: Row[] = [
  ["en", "Police said they were 20,000 in Leeds.", ["participants"]],
  ["en", "We were 5,000 outside the town hall, the union said.", ["participants"]],
  ["fr", "Selon la police, ils étaient 4 000 à Brest.", ["participants"]],
  ["fr", "Selon la préfecture, ils n'étaient que 900 devant la mairie.", ["participants"]],
  // The noun after a credit cue is the speaker, not what was counted.
  ["fr", "Grève à la SNCF : 8 000 manifestants selon la préfecture, 25 000 selon les syndicats", ["participants", "participants"]],
  ["en", "Rally in Cardiff: 4,000 marchers according to police, 11,000 according to the unions", ["participants", "participants"]],
  // A word of the sentence says what was counted.
  ["fr", "Ils étaient 40 à avoir été blessés, selon les pompiers.", ["injured"]],
  ["en", "There were 300 in the shelter, officials said.", ["other"]],
];

describe("what a crowd told by its number counts", () => {
  it.each(ROWS)("(%s) %s", (language, text, categories) => {
    const claims = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" });
    expect(claims.map((c) => c.category)).toEqual(categories);
  });
});
