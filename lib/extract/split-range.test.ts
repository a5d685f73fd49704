// "Entre 4 000 (police) et 11 000 (organisateurs) personnes": each end of a
// range split by its speakers' parentheses is a figure of the noun written
// after the second, credited to its own parenthesis; a parenthesis of words
// between a figure and its noun does not hide the noun. One row per phrasing
// (invented sentences, in no eval set).
import { describe, it } from "vitest";
import { type CountedRow, type CreditedRow, expectCounted, expectCredited } from "../../test/counted-figure";

const COUNTED: CountedRow[] = [
  ["fr", "Entre 4 000 (police) et 11 000 (organisateurs) manifestants ont défilé à Rennes.", 4000, "protesters", "participants"],
  ["fr", "Entre 4 000 (police) et 11 000 (organisateurs) manifestants ont défilé à Rennes.", 11000, "protesters", "participants"],
  ["en", "Between 15,000 (police) and 50,000 (unions) people marched in Leeds.", 15000, "people", "participants"],
  ["en", "Between 15,000 (police) and 50,000 (unions) people marched in Leeds.", 50000, "people", "participants"],
  ["en", "On Sunday 8,000 (organisers) people marched in Cardiff.", 8000, "people", "participants"],
  ["fr", "Samedi, 2 500 (selon la préfecture) manifestants ont défilé à Brest.", 2500, "protesters", "participants"],
];

const CREDITED: CreditedRow[] = [
  ["fr", "Entre 4 000 (police) et 11 000 (organisateurs) manifestants ont défilé à Rennes.", 4000, "police"],
  ["fr", "Entre 4 000 (police) et 11 000 (organisateurs) manifestants ont défilé à Rennes.", 11000, "organisateurs"],
  ["en", "Between 15,000 (police) and 50,000 (unions) people marched in Leeds.", 15000, "police"],
  ["en", "Between 15,000 (police) and 50,000 (unions) people marched in Leeds.", 50000, "unions"],
  ["en", "On Sunday 8,000 (organisers) people marched in Cardiff.", 8000, "organisers"],
];

describe("a range split by its speakers' parentheses", () => {
  it.each(COUNTED)("(%s) %s → %d %s, %s", (language, text, value, unit, category) => expectCounted(language, text, value, unit, category));
  it.each(CREDITED)("(%s) %s → %d from %s", (language, text, value, id) => expectCredited(language, text, value, id));
});
