// Forms of a figure the first lexicon missed: a lone point grouping thousands
// in English, "une dizaine", a total "the dead included", and ages that count
// nothing. One row per phrasing (invented sentences, in no eval set):
// text → the lows found.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from ".";

type Row = [Language, string, number[]];

const ROWS: Row[] = [
  ["en", "The quake killed 212 and injured 3.000 across the province.", [212, 3000]],
  ["en", "Some 1.250 families were evacuated overnight.", [1250]],
  ["en", "About 1.5 million people fled the region.", [1_500_000]],
  ["en", "The dead included 11 from the port, six from the old town and two each from the villages.", [11, 6, 2]],
  ["en", "Among the victims were 40 children under the age of ten.", [40]],
  ["fr", "Une dizaine de maisons ont été détruites.", [10]],
  ["fr", "Parmi les morts, 12 enfants âgés de 5 à 9 ans.", [12]],
];

describe("written forms of a figure", () => {
  it.each(ROWS)("(%s) %s", (language, text, lows) => {
    const claims = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" });
    expect(claims.map((c) => c.value.low)).toEqual(lows);
  });
});
