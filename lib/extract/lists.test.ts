// The items of a list after a first figure: digits or number words, each
// taking the first figure's noun and, when its own clause names none, the
// category the list's verb gives. One row per phrasing (invented sentences,
// in no eval set): text → low, unit, category.
import { describe, expect, it } from "vitest";
import { type CountedRow, expectCounted } from "../../test/counted-figure";
import type { Language } from "../claims/claim";
import { extractClaims } from ".";

const ROWS: CountedRow[] = [
  ["fr", "Vingt et une personnes, dont trois à Lille, ont été interpellées dimanche.", 3, "people", "detained"],
  ["fr", "Vingt et une personnes, dont trois à Lille, ont été interpellées dimanche.", 21, "people", "detained"],
  ["fr", "Les crues ont tué 14 personnes dans le Gard, six dans l'Hérault et deux en Lozère.", 6, "people", "killed"],
  ["fr", "Les crues ont tué 14 personnes dans le Gard, six dans l'Hérault et deux en Lozère.", 2, "people", "killed"],
  ["en", "The storm killed 31 people in the valley, nine in the hills and five on the coast.", 9, "people", "killed"],
  ["en", "The storm killed 31 people in the valley, nine in the hills and five on the coast.", 5, "people", "killed"],
  ["en", "Police arrested 58 people, including four from the suburbs.", 4, "people", "detained"],
  ["fr", "La préfecture a recensé 4 000 manifestants. Les syndicats en ont compté 12 000, dont 3 000 à Lyon.", 12_000, "protesters", "participants"],
  ["fr", "La préfecture a recensé 4 000 manifestants. Les syndicats en ont compté 12 000, dont 3 000 à Lyon.", 3000, "protesters", "participants"],
  ["en", "Rescuers freed 40 people from the rubble, 12 of them in the old town.", 12, "people", "other"],
  // After a colon, "but only", "mais seulement", "et non": the figure restates or splits the one before.
  ["fr", "La tempête a fait 31 morts : 19 en Bretagne et 12 en Normandie.", 19, "dead", "killed"],
  ["en", "Police expect 9,000 officers in all: 6,000 are already deployed.", 6000, "officers", "deployed"],
  ["en", "Health officials said 90 people were treated for burns, but only 14 stayed overnight.", 14, "people", "other"],
  ["fr", "Les secours ont évacué 400 habitants, mais seulement 150 ont pu rentrer.", 150, "people", "displaced"],
  ["fr", "Le bilan fait état de 75 morts et non 120 comme annoncé la veille.", 120, "dead", "killed"],
];

/** A number after a colon or "but" that counts something else, or is a clock time: no item of the list. */
const NOT_ITEMS: [Language, string, number[]][] = [
  ["en", "The crowd reached 30,000 at 14:45 near the station.", [30_000]],
  ["fr", "La police a arrêté 60 personnes, mais 3 heures plus tard elles étaient libres.", [60]],
  ["en", "About 500 people were evacuated, but 3 hours later they returned.", [500]],
];

describe("items of a list", () => {
  it.each(ROWS)("(%s) %s → %d", expectCounted);

  it.each(NOT_ITEMS)("(%s) %s: no borrowed noun", (language, text, values) => {
    expect(extractClaims({ file: "t.txt", text, language, published: "2024-03-14" }).map((c) => c.value.low)).toEqual(values);
  });

  it("counts no multiple: 'deux fois moins', 'three times more' are no items", () => {
    for (const [language, text] of [["fr", "Ils étaient 8 000, deux fois moins que mardi."], ["en", "They were 8,000, three times more than on Tuesday."]] as const) {
      expect(extractClaims({ file: "t.txt", text, language, published: "2024-03-14" }).map((c) => c.value.low)).toEqual([8000]);
    }
  });
});
