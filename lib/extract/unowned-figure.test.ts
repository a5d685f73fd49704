// A count the clause opens with an indefinite article and no author ("Un
// précédent bilan faisait état de …", "An earlier toll had put …") is the
// article's own voice, not the speaker of the sentence before. Invented
// sentences, in no eval set: text, a figure's low value → its source id.
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const ROWS: CreditedRow[] = [
  ["fr", "Le ministère a annoncé 40 morts. Un précédent bilan avait fait état de 30 morts.", 30, null],
  ["fr", "Le ministère a annoncé 40 morts. Un précédent bilan faisait état de 30 morts et 70 blessés.", 70, null],
  ["fr", "La préfecture a compté 8 000 manifestants. Un premier décompte donnait 5 000 personnes.", 5000, null],
  ["en", "The ministry said 40 people had died. An earlier toll had put the number at 30.", 30, null],
  ["en", "Police counted 8,000 marchers. A first count had given 5,000 people.", 5000, null],
  // An author after the count, or a document, or the definite article: as before.
  ["fr", "Le ministère a annoncé 40 morts. Un précédent bilan du ministère de la Santé faisait état de 30 morts.", 30, "health-ministry"],
  ["en", "The ministry said 40 people had died. A statement later put the number at 30.", 30, "statement"],
  ["fr", "Le ministère a annoncé 40 morts. Le bilan faisait état de 30 morts la veille.", 30, "ministere"],
];

describe("a count of nobody named", () => {
  it.each(ROWS)("%s: %s → %d credited to %s", (language, text, low, id) => expectCredited(language, text, low, id));
});
