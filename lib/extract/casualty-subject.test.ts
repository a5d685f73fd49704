// A bare figure as the subject of a casualty verb ("where 212 have died",
// "80 ont péri") and a casualty noun after adjectives ("3,100 confirmed
// deaths"). One row per phrasing (invented sentences, in no eval set):
// text → low, unit, category.
import { describe, expect, it } from "vitest";
import { type CountedRow, expectCounted } from "../../test/counted-figure";
import { extractClaims } from ".";

const ROWS: CountedRow[] = [
  ["en", "The coastal district, where 212 have died, was cut off for days.", 212, "dead", "killed"],
  ["en", "In the north 96 have been killed and 310 were injured, the governor said.", 96, "dead", "killed"],
  ["en", "In the north 96 have been killed and 310 were injured, the governor said.", 310, "injured", "injured"],
  ["en", "At least 47 drowned when the ferry capsized.", 47, "dead", "killed"],
  ["en", "Of those found, 530 had already been buried by Friday.", 530, "dead", "killed"],
  ["en", "Rescuers reported 3,100 confirmed deaths in the province.", 3100, "dead", "killed"],
  ["fr", "Dans la vallée, où 140 ont péri, les secours manquent.", 140, "dead", "killed"],
  ["fr", "Au total, 62 sont morts et 18 ont été blessées lors de l'effondrement.", 62, "dead", "killed"],
  ["fr", "Au total, 62 sont morts et 18 ont été blessées lors de l'effondrement.", 18, "injured", "injured"],
  ["fr", "Selon la préfecture, 35 auraient été hospitalisés dans la nuit.", 35, "injured", "injured"],
];

describe("casualty subjects and casualty nouns", () => {
  it.each(ROWS)("(%s) %s → %d", expectCounted);

  it("counts no subject of another verb: '40 were sent home' is no count", () => {
    for (const [language, text] of [["en", "In the end 40 were sent home."], ["fr", "Au final, 40 ont été renvoyés chez eux."]] as const) {
      expect(extractClaims({ file: "t.txt", text, language, published: "2024-03-14" }).map((c) => c.value.low)).toEqual([]);
    }
  });
});
