// A bare figure shares the noun of the figure right after it: "308 and 223
// deaths, respectively", « 15 et 20 blessés »; a part counts what its whole
// counts, "116 of the 160 districts"; a named place's whole is background
// ("116 of Pakistan's 160 districts"), as its population is.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from "./index";

const CASES: { text: string; language: Language; values: number[]; units: string[] }[] = [
  { text: "The two hospitals reported 41 and 17 deaths, respectively.", language: "en", values: [41, 17], units: ["dead", "dead"] },
  { text: "Officials counted 12 or 13 injured in the blast.", language: "en", values: [12, 13], units: ["injured", "injured"] },
  { text: "Lyon et Marseille déplorent 41 et 17 morts.", language: "fr", values: [41, 17], units: ["dead", "dead"] },
  { text: "Rescuers reached 40 of the 75 villages by Tuesday.", language: "en", values: [40, 75], units: ["towns", "towns"] },
  { text: "La tempête a endommagé 40 des 75 écoles de la région.", language: "fr", values: [40, 75], units: ["buildings", "buildings"] },
  { text: "The storm damaged some 40 of Fiji's 900 schools.", language: "en", values: [40], units: ["buildings"] },
];

describe("a bare figure shares the noun of the next", () => {
  it.each(CASES)("$text", ({ text, language, values, units }) => {
    const claims = extractClaims({ file: "t.txt", text, language, published: "2025-03-10" });
    expect(claims.map((c) => c.value.low)).toEqual(values);
    expect(claims.map((c) => c.unit)).toEqual(units);
  });
});
