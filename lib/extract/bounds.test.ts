// Bounds written before a figure ("above", "past", "au-delà de") and range
// openers ("in between", "somewhere between"). One row per phrasing (invented
// sentences, in no eval set): text → low, high, qualifier.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from ".";
import { claimOfValue } from "../../test/counted-figure";

type Row = [Language, string, number, number | null, string];

const ROWS: Row[] = [
  ["en", "Flood death toll above 1,200 in the delta", 1200, null, "at_least"],
  ["en", "Officials said the toll had climbed past 830 by Monday.", 830, null, "at_least"],
  ["en", "The agency confirmed the figures above 2,100.", 2100, null, "at_least"],
  ["en", "Organisers believe the real turnout is much larger than 80,000.", 80_000, null, "at_least"],
  ["en", "The number of evacuees is now beyond 15,000.", 15_000, null, "at_least"],
  ["en", "The death toll is somewhere between 300 and 900, experts say.", 300, 900, "range"],
  ["en", "The crowd was in between 20,000 and 25,000, police said.", 20_000, 25_000, "range"],
  ["en", "The tally should have been 4,400, the ministry said.", 4400, 4400, "exact"],
  ["fr", "Le bilan dépasse désormais les 600 morts, au-delà de 650 selon la Croix-Rouge.", 650, null, "at_least"],
  ["fr", "Au-delà de 3 000 manifestants ont défilé à Rennes.", 3000, null, "at_least"],
];

describe("bounds and range openers", () => {
  it.each(ROWS)("(%s) %s → %d", (language, text, low, high, qualifier) => {
    const claim = claimOfValue(language, text, low);
    expect([claim.value.high, claim.qualifier]).toEqual([high, qualifier]);
  });

  it("reads no bound in a span of time: 'over the past 3 days' counts nothing", () => {
    const claims = extractClaims({ file: "t.txt", text: "Over the past 3 days, 40 people were hurt.", language: "en", published: "2024-03-14" });
    expect(claims.map((c) => [c.value.low, c.value.high])).toEqual([[40, 40]]);
  });
});
