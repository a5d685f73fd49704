// A headline figure the body gives again is one claim, its headline span a
// mention, even when the two name or credit it in other words; a figure with
// another modifier or of another kind stays its own claim. One row per
// phrasing (invented articles, in no eval set): text → the claims' values in
// text order, and how many spans each claim has.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from ".";

type Row = [Language, string, string[]];

const ROWS: Row[] = [
  // Protesters in the headline, people who marched in the body.
  ["fr", "Retraites : 84.000 manifestants à Nantes selon la préfecture\nSelon la préfecture, 84.000 personnes ont défilé jeudi à Nantes.", ["84000×2"]],
  ["en", "Climate strike: 26,000 marchers in Leeds, police say\nPolice said 26,000 people walked through Leeds on Friday.", ["26000×2"]],
  // The same speaker named two ways.
  ["fr", "Marche des fiertés : 41.000 personnes selon les organisateurs\nLes organisateurs de la marche des fiertés annoncent 41.000 personnes.", ["41000×2"]],
  ["en", "Quake toll: 612 missing, presumed dead\nThe civil protection agency said 612 people are missing and presumed dead.", ["612×2"]],
  // "at least 137" in the body may be a newer toll than the headline's 137.
  ["en", "Blast killed 137, officials say\nAt least 137 people have been killed, the health ministry said.", ["137×1", "137×1"]],
  ["fr", "Séisme : le bilan passe à 212 morts\nAu moins 212 personnes sont mortes, selon la protection civile.", ["212×1", "212×1"]],
  // Another kind of count with the same value.
  ["en", "Floods: 40 dead in the valley\nPolice arrested 40 people on Monday.", ["40×1", "40×1"]],
  ["fr", "Manifestations : 23 morts selon une ONG\nUne plateforme qui réunit 23 organisations dénonce la répression.", ["23×1", "23×1"]],
  // No headline line: the stricter merge alone decides.
  ["fr", "La préfecture a compté 9.000 manifestants. Selon les syndicats, 9.000 personnes ont défilé.", ["9000×1", "9000×1"]],
];

describe("headline figures restated in the body", () => {
  it.each(ROWS)("(%s) %s", (language, text, expected) => {
    const claims = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" });
    expect(claims.map((c) => `${c.value.best}×${1 + c.mentions.length}`)).toEqual(expected);
  });
});
