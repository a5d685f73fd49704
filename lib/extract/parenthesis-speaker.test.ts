// A speaker alone in a parenthesis right after a figure gives that figure
// only: "500 000 (organisateurs)", "20,000 people (police)". A place, a
// hedge or a lone name guessed to be a person speaks for no one. One row per
// phrasing (invented sentences, in no eval set): text → the figure's value
// and the source id it credits (null: the article's own voice).
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const ROWS: CreditedRow[] = [
  ["fr", "Entre 4 000 (selon la préfecture) et 11 000 (organisateurs) personnes ont marché à Rennes.", 11000, "organisateurs"],
  ["fr", "Entre 4 000 (selon la préfecture) et 11 000 (organisateurs) personnes ont marché à Rennes.", 4000, "prefecture"],
  ["fr", "La police a compté 9 000 manifestants à Rennes, contre 14 000 (organisateurs) jeudi dernier.", 14000, "organisateurs"],
  ["fr", "Il y avait 12 000 manifestants (police) à Nantes.", 12000, "police"],
  ["fr", "On comptait 5 000 grévistes (CGT) dans l'académie.", 5000, "cgt"],
  ["en", "The march drew 20,000 people (police) in Leeds.", 20000, "police"],
  // The parenthesis speaks for the figure before it, not for the others of the sentence.
  ["fr", "Ils étaient 12 000 (police) à Nantes, contre 9 000 l'an dernier.", 9000, null],
  // A place or a hedge in the parenthesis is no speaker.
  ["fr", "Il y avait 3 000 personnes (Angers) dans le cortège.", 3000, null],
  ["fr", "Ils étaient 2 000 à Caen (environ) ce matin.", 2000, null],
];

describe("a speaker alone in a parenthesis after its figure", () => {
  it.each(ROWS)("(%s) %s → %d", (language, text, value, id) => expectCredited(language, text, value, id));
});
