// What a figure counts beyond the first lexicon: a vague or bare figure that
// is the subject of a verb of marching or fleeing, a people named after "of",
// bodies, teams, aftershocks, cases, autopsies, churches and hotels, regions. One row per phrasing (invented
// sentences, in no eval set): text → low, unit, category.
import { describe, expect, it } from "vitest";
import { type CountedRow, expectCounted } from "../../test/counted-figure";
import { extractClaims } from ".";

const ROWS: CountedRow[] = [
  ["en", "Thousands marched through Lisbon on Saturday.", 1000, "people", "participants"],
  ["en", "Hundreds protest in Quito over fuel prices", 100, "people", "participants"],
  ["en", "Tens of thousands have fled since the dam broke.", 10_000, "displaced people", "displaced"],
  ["en", "Aid workers said thousands of Yazidis fled to the mountains.", 1000, "people", "displaced"],
  ["en", "Police counted 14 cases of looting overnight.", 14, "cases", "other"],
  ["en", "Nine rescue teams from abroad reached the town.", 9, "teams", "other"],
  ["en", "More than 60 aftershocks were recorded by the observatory.", 60, "aftershocks", "other"],
  ["en", "Gunmen attacked two mosques and five hotels in the capital.", 2, "buildings", "damage"],
  ["en", "Pathologists have carried out 48 autopsies so far.", 48, "autopsies", "other"],
  ["en", "The alert covers seven regions and four provinces.", 7, "towns", "other"],
  ["fr", "Des milliers ont défilé à Bruxelles dimanche.", 1000, "people", "participants"],
  ["fr", "Les kamikazes ont visé trois églises et deux hôtels de la ville.", 3, "buildings", "damage"],
  ["fr", "Les médecins légistes ont pratiqué 48 autopsies.", 48, "autopsies", "other"],
  ["fr", "L'alerte rouge concerne six régions du pays.", 6, "towns", "other"],
  // "le total des X", "le nombre total de X … à N": the noun introduced counts the figure.
  ["fr", "Douze nouvelles interpellations ont eu lieu, portant le total des personnes arrêtées à 140.", 140, "people", "detained"],
  ["fr", "Le nombre total de blessés soignés sur place a été porté à 58.", 58, "injured", "injured"],
  ["fr", "Près de 2 000 se sont rassemblés devant la mairie.", 2000, "people", "participants"],
  ["fr", "Les secours ont retrouvé 27 corps dans la vallée.", 27, "dead", "killed"],
  ["fr", "Des centaines de cadavres gisaient sur la plage.", 100, "dead", "killed"],
  ["fr", "Une trentaine d'équipes de secours sont sur place.", 30, "teams", "other"],
  ["fr", "Plus de 40 répliques ont été ressenties dans la nuit.", 40, "aftershocks", "other"],
];

describe("what else a figure counts", () => {
  it.each(ROWS)("(%s) %s → %d", expectCounted);

  it("keeps soldiers who fled deserters", () => {
    const claims = extractClaims({ file: "t.txt", text: "Some 300 soldiers fled their positions, the army said.", language: "en", published: "2024-03-14" });
    expect(claims.map((c) => c.category)).toEqual(["deserters"]);
  });
});
