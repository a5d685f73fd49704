// Figures of protests and disasters that name no counted noun of their own,
// and figures in words of every size. One row per phrasing (invented
// sentences, in no eval set): text → low, high, category.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from ".";
import { claimOfValue } from "../../test/counted-figure";

type Row = [Language, string, number, number | null, string];

const ROWS: Row[] = [
  ["fr", "La manifestation a réuni un million et demi de personnes.", 1_500_000, 1_500_000, "participants"],
  ["en", "Organisers said a million and a half people marched.", 1_500_000, 1_500_000, "participants"],
  ["fr", "Plus d'un millier de gendarmes étaient déployés.", 1000, null, "deployed"],
  ["fr", "Des dizaines de milliers de personnes ont défilé à Nantes.", 10_000, null, "participants"],
  ["en", "Tens of thousands of people were evacuated.", 10_000, null, "displaced"],
  ["fr", "À Brest, 4 000 manifestants ont défilé (2 500 selon la police).", 2500, 2500, "participants"],
  ["fr", "Les syndicats ont compté 9 000 grévistes, 3 000 pour la préfecture.", 3000, 3000, "participants"],
  ["en", "Police put the number at 45,000.", 45_000, 45_000, "other"],
  ["en", "The blast killed at least 60 and injured 900.", 60, null, "killed"],
  ["en", "The blast killed at least 60 and injured 900.", 900, 900, "injured"],
  ["fr", "Ils étaient 12 000 à Toulouse, selon la préfecture.", 12_000, 12_000, "participants"],
  ["fr", "Le séisme a fait 300 morts et 2 000 blessés.", 2000, 2000, "injured"],
  ["en", "Police detained 85 people after the march.", 85, 85, "detained"],
  ["fr", "Près de 400 maisons ont été détruites.", 400, 400, "damage"],
  ["fr", "Plus de 300 pv ont été dressés samedi, selon la préfecture.", 300, null, "other"],
  ["en", "Insurgents attacked 25 checkpoints, the army said.", 25, 25, "other"],
  ["fr", "La marche a eu lieu dans 180 villes, selon les organisateurs.", 180, 180, "other"],
  ["en", "The coalition of 140 organisations called for the march.", 140, 140, "other"],
  ["en", "The number of people displaced by the floods that swept the northern provinces last week has risen to 12,500.", 12_500, 12_500, "displaced"],
  ["en", "Death toll reaches 399, the army says.", 399, 399, "killed"],
  // Lives taken, people counted by who they were, the gravely hurt, a participle of killing.
  ["en", "The landslide claimed 41 lives in the valley.", 41, 41, "killed"],
  ["fr", "Les crues ont coûté la vie à 41 personnes.", 41, 41, "killed"],
  ["en", "Police have arrested 17 suspects since the blast.", 17, 17, "detained"],
  ["fr", "La police a interpellé 17 suspects depuis l'explosion.", 17, 17, "detained"],
  ["en", "Twelve tourists were among the dead.", 12, 12, "killed"],
  ["fr", "Douze touristes figurent parmi les morts.", 12, 12, "killed"],
  ["en", "Six people remain in critical condition.", 6, 6, "injured"],
  ["fr", "Six personnes sont toujours dans un état grave.", 6, 6, "injured"],
  ["en", "The storm battered the coast, killing at least 30 people.", 30, null, "killed"],
  ["fr", "La tempête a frappé la côte, tuant au moins 30 personnes.", 30, null, "killed"],
  ["fr", "La préfecture a annoncé l'arrestation de 14 personnes.", 14, 14, "detained"],
  ["en", "Police announced the arrest of 14 people.", 14, 14, "detained"],
  // People who flee are displaced; soldiers who flee desert.
  ["en", "More than 40,000 people have fled the fighting.", 40_000, null, "displaced"],
  ["fr", "Plus de 40 000 personnes ont fui les combats.", 40_000, null, "displaced"],
  ["en", "Some 300 soldiers fled their positions.", 300, 300, "deserters"],
  // A bare figure that is a speaker's whole answer counts what was counted before it.
  ["en", "Organisers estimated the crowd at 90,000, while police put it at 25,000.", 25_000, 25_000, "participants"],
  ["en", "Organisers claimed 90,000 marchers. Police said 25,000.", 25_000, 25_000, "participants"],
  ["fr", "Les organisateurs ont revendiqué 90 000 participants, la police en a compté 25 000.", 25_000, 25_000, "participants"],
  ["fr", "Selon la police, ils étaient 25 000. Les organisateurs en revendiquent 90 000.", 90_000, 90_000, "participants"],
  ["fr", "Le nombre de personnes évacuées après les inondations qui ont touché le nord du pays la semaine dernière atteint 8 000.", 8000, 8000, "displaced"],
];

describe("figures of any event", () => {
  it.each(ROWS)("(%s) %s → %d", (language, text, low, high, category) => {
    const claim = claimOfValue(language, text, low);
    expect([claim.value.high, claim.category]).toEqual([high, category]);
  });

  it("counts no noun after a unit of time: 'three nights of protests' is no count of protests", () => {
    for (const [language, text] of [["en", "Three nights of protests followed the vote."], ["fr", "Trois nuits de manifestations ont suivi le vote."]] as const) {
      expect(extractClaims({ file: "t.txt", text, language, published: "2024-03-14" }).map((c) => c.value.low)).toEqual([]);
    }
  });

  it("reads no date from a year out of range: a day, then a count", () => {
    const text = "Les données publiées le 11 novembre, 7500 soldats selon le ministère.";
    const claim = extractClaims({ file: "t.txt", text, language: "fr", published: "2024-11-20" }).find((c) => c.value.low === 7500);
    expect(claim?.asOf).toBe("2024-11-11");
  });
});
