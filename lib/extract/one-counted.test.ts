// "one" and "un"/"une" count one only where a reader sees a count: an item of
// a list of figures, or a bound's figure. Invented sentences, in no eval set:
// the sentence → the values of its claims, in text order.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from "./index";

type Row = [Language, string, string[]];

const ROWS: Row[] = [
  // An item of a list after another figure: a people named, a counted noun, a place or an ordinal.
  ["en", "Three nurses and one child were injured in the crush.", ["3", "1"]],
  ["en", "The embassy said four Canadians, one Briton and two Germans were among the dead.", ["4", "1", "2"]],
  ["en", "The storm killed 41 people in the north, six in the east and one in the capital.", ["41", "6", "1"]],
  ["fr", "La tempête a fait 18 morts en Bretagne, quatre en Normandie et un dans le Nord.", ["18", "4", "1"]],
  ["fr", "Deux alpinistes sont morts dans les Alpes et une troisième dans les Pyrénées.", ["2", "1"]],
  ["fr", "Trois hommes et une femme ont été interpellés à Lille.", ["3", "1"]],
  // A bound: "at least one", "au moins un".
  ["en", "Officials said at least one tourist died in the avalanche.", ["1+"]],
  ["fr", "Au moins une touriste a été blessée par l'éboulement.", ["1+"]],
  // An article, not a count.
  ["en", "One local official said the bridge would reopen.", []],
  ["en", "Five people drowned and one day later the river fell.", ["5"]],
  ["en", "Twelve climbers were rescued, and one of them was flown to hospital.", ["12"]],
  ["fr", "Douze blessés ont été soignés et un bilan sera publié demain.", ["12"]],
];

const shown = (low: number | null, high: number | null) => (high === null ? `${low}+` : `${low}`);

describe("one as a count", () => {
  it.each(ROWS)("(%s) %s", (language, text, expected) => {
    const claims = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" });
    expect(claims.map((c) => shown(c.value.low, c.value.high))).toEqual(expected);
  });
});
