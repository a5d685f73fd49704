// Counts that are easy to miss: one casualty written in words, a bare figure
// alone in brackets in a list of places or days, a total linked by a colon. One row per phrasing
// (invented sentences, in no eval set): the sentence → each figure's value and
// unit, in text order.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { findFigures } from "./figures";
import { lexiconFor } from "./lexicon";

type Row = [Language, string, string[]];

const ROWS: Row[] = [
  ["en", "The storm caused one death in Galway and four injuries.", ["1 dead", "4 injured"]],
  ["en", "Police reported one dead and 14 wounded after the crush.", ["1 dead", "14 injured"]],
  ["fr", "La préfecture signale un mort et six blessés à Brest.", ["1 dead", "6 injured"]],
  ["fr", "On déplore un blessé léger parmi les pompiers.", ["1 injured"]],
  // An article, not a count.
  ["en", "A death in the family kept him away.", []],
  ["fr", "Une victime a porté plainte lundi.", []],
  ["fr", "Un des blessés est dans un état grave.", []],
  // Bracketed list items count what the sentence counted.
  ["fr", "Les cortèges les plus fournis ont défilé à Rennes (4 200 manifestants) et Brest (2 100).", ["4200 protesters", "2100 protesters"]],
  ["en", "The largest marches were in Leeds (6,000 people), Bristol (4,500) and Hull (1,200).", ["6000 people", "4500 people", "1200 people"]],
  ["fr", "Voir l'annexe (12) du rapport.", []],
  // A total linked to its figure by a colon, or written with a curly apostrophe.
  ["en", "Police estimate: 8,000, organisers' estimate: 25,000.", ["8000 people", "25000 people"]],
  ["fr", "Chiffre de la préfecture : 4 500.", ["4500 people"]],
  ["fr", "Selon la préfecture, ils n’étaient que 3 400.", ["3400 people"]],
  ["en", "Note: 12,000 were there.", []],
];

describe("small and bracketed counts", () => {
  it.each(ROWS)("(%s) %s", (language, sentence, expected) => {
    const figures = findFigures(sentence, lexiconFor(language));
    expect(figures.map((f) => `${f.quantity.value.best} ${f.head.unit}`)).toEqual(expected);
  });
});
