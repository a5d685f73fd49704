// Places of any story, read from how texts name them. One row per phrasing
// (invented sentences, in no eval set): text → the figure, its place.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from ".";

type Row = [Language, string, number, string | null];

const ROWS: Row[] = [
  ["fr", "La police a compté 12 000 manifestants à Rennes.", 12_000, "Rennes"],
  ["fr", "À Saint-Étienne, 3 000 personnes ont défilé selon la préfecture.", 3000, "Saint-Étienne"],
  ["fr", "Ils étaient 250 000 dans toute la France, selon la CGT.", 250_000, "France"],
  ["fr", "Les syndicats annoncent 40 000 manifestants à Lyon (12 000 selon la préfecture).", 12_000, "Lyon"],
  ["fr", "Les manifestants étaient nombreux à Marseille (8 000 selon la police) et Nice (2 000 selon la police).", 2000, "Nice"],
  ["en", "Organisers said 800,000 people marched in Hong Kong.", 800_000, "Hong Kong"],
  ["en", "Police counted 60,000 protesters across France on Thursday.", 60_000, "France"],
  ["en", "The ministry said 1,200 people were evacuated in March.", 1200, null],
  ["en", "Some 4,000 people attended, the group said at the United Nations.", 4000, null],
];

describe("the place a figure is given for", () => {
  it.each(ROWS)("(%s) %s → %s", (language, text, low, place) => {
    const claim = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" }).find((c) => c.value.low === low);
    expect(claim).toBeDefined();
    expect(claim?.scope.place).toBe(place);
  });

  it("keeps the same figure given for two places of one sentence as two claims", () => {
    const text = "Les organisateurs annoncent 15 000 manifestants à Lyon (5 000 selon la préfecture), 10 000 à Grenoble et 5 000 à Strasbourg.";
    const fives = extractClaims({ file: "t.txt", text, language: "fr", published: "2019-03-16" }).filter((c) => c.value.low === 5000);
    expect(fives.map((c) => c.scope.place)).toEqual(["Lyon", "Strasbourg"]);
  });
});
