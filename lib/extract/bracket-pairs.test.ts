// A bracket of two figures joined by "à"/"to", after a bracket that paired two
// credited figures, repeats that pair. Invented sentences, in no eval set:
// the sentence → each claim's value and speaker, in text order.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from "./index";

type Row = [Language, string, string[]];

const ROWS: Row[] = [
  [
    "fr",
    "Les cortèges ont réuni des milliers de personnes à Nantes (4.000 selon la police, 15.000 selon les syndicats), Lille (2.500 à 9.000) et Metz (800 à 2.000).",
    ["1000+ -", "4000 police", "15000 syndicats", "2500 police", "9000 syndicats", "800 police", "2000 syndicats"],
  ],
  [
    "en",
    "Marches drew crowds in Leeds (5,000 according to police, 12,000 according to organisers), Hull (1,200 to 3,000) and York (600 to 1,500).",
    ["5000 police", "12000 organisers", "1200 police", "3000 organisers", "600 police", "1500 organisers"],
  ],
  // No pair before: a bracketed range is no pair of figures.
  ["fr", "Le cortège a réuni 12.000 manifestants à Paris, et d'autres à Lille (2.500 à 9.000).", ["12000 -"]],
];

const shown = (c: ReturnType<typeof extractClaims>[number]) => {
  const value = c.value.high === null ? `${c.value.low}+` : c.value.low === c.value.high ? `${c.value.low}` : `${c.value.low}-${c.value.high}`;
  return `${value} ${c.source?.id ?? "-"}`;
};

describe("pairs of credited figures in brackets", () => {
  it.each(ROWS)("(%s) %s", (language, text, expected) => {
    const claims = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" });
    expect(claims.map(shown)).toEqual(expected);
  });
});
