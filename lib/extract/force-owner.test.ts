// The country that masses, sends or deploys a force is whose it is, not where
// it is. One row per phrasing (invented sentences, in no eval set):
// text → the figure, its subject, its place.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { claimOfValue } from "../../test/counted-figure";

type Row = [Language, string, number, string | null, string | null];

const ROWS: Row[] = [
  ["fr", "Selon Kiev, la Russie aurait massé quelque 40 000 soldats près de la frontière.", 40_000, "Russian", null],
  ["fr", "La Corée du Nord a déjà envoyé 5 000 soldats en Russie, selon Séoul.", 5000, "North Korean", "Russia"],
  ["fr", "L'Ukraine a déployé plus de 2 000 hommes dans la région de Koursk.", 2000, "Ukrainian", "Kursk region"],
  ["en", "Russia has amassed about 60,000 troops, officials said.", 60_000, "Russian", null],
  ["en", "The Pentagon said North Korea had sent at least 4,000 soldiers to Russia.", 4000, "North Korean", "Russia"],
  ["en", "Ukraine deployed 1,500 troops to the Kursk region, the ministry said.", 1500, "Ukrainian", "Kursk region"],
  // A place that only stands before the figure, with no verb of sending between, stays the place.
  ["en", "In Russia, some 3,000 North Korean soldiers are training, the NIS said.", 3000, "North Korean", "Russia"],
  ["fr", "En Russie, 3 000 soldats nord-coréens s'entraînent, selon le NIS.", 3000, "North Korean", "Russia"],
];

describe("a force's owner", () => {
  it.each(ROWS)("(%s) %s → %d", (language, text, low, subject, place) => {
    const claim = claimOfValue(language, text, low, "2024-11-20");
    expect([claim.subject, claim.scope.place]).toEqual([subject, place]);
  });
});
