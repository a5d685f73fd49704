// Counts that are easy to miss: one casualty written in words, a bare figure
// alone in brackets in a list of places or days, a total linked by a colon,
// the subject of a copula. One row per phrasing
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
  // A bare figure after a copula counts its subject; after "n'en a compté que", what was counted last.
  ["fr", "D'après la préfecture, les grévistes n'étaient que 2 700 à Rouen.", ["2700 strikers"]],
  ["fr", "Les manifestants étaient plus de 6 000 devant la mairie.", ["6000 protesters"]],
  ["en", "The marchers were only 4,500, police said.", ["4500 protesters"]],
  ["en", "Protesters numbered about 9,000 on Saturday.", ["9000 protesters"]],
  ["fr", "Le syndicat en a compté 7 000. La préfecture n'en a recensé que 2 500.", ["7000 people", "2500 people"]],
  // A subject counted already, or a copula with no counted subject: no figure.
  ["en", "Three protesters were 17, the court heard.", ["3 protesters"]],
  ["fr", "Les chiffres étaient 40 000 fois plus élevés.", []],
];

describe("small and bracketed counts", () => {
  it.each(ROWS)("(%s) %s", (language, sentence, expected) => {
    const figures = findFigures(sentence, lexiconFor(language));
    expect(figures.map((f) => `${f.quantity.value.best} ${f.head.unit}`)).toEqual(expected);
  });
});
