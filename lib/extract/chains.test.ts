// A count that changes gives one figure per step, all counting the same
// thing. One row per phrasing (invented sentences, in no eval set): the
// sentence → each figure's low–high and unit, in text order.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { findFigures } from "./figures";
import { lexiconFor } from "./lexicon";

type Row = [Language, string, string[]];

const ROWS: Row[] = [
  ["en", "The death toll climbed from 85 on Monday to 240 on Wednesday, to 310 on Friday.", ["85 dead", "240 dead", "310 dead"]],
  ["en", "The number of evacuees rose from a revised 4,200 on March 3 to 9,800 on March 5.", ["4200 displaced people", "9800 displaced people"]],
  ["en", "Officials said the toll had risen from 12 to 57 and then 63.", ["12 dead", "57 dead", "63 dead"]],
  ["en", "Arrests jumped from 40 to 130 people in a week.", ["40 people", "130 people"]],
  ["fr", "Le bilan est passé de 38 à 112 morts.", ["38 dead", "112 dead"]],
  ["fr", "Le nombre de blessés est passé de 75 mardi à 160 jeudi, puis à 204.", ["75 injured", "160 injured", "204 injured"]],
  ["fr", "Le bilan provisoire s'est alourdi de 19 à 44 morts dans la nuit.", ["19 dead", "44 dead"]],
  // A revision: the verb in the present or as a participle, its object before "from"/"de".
  ["en", "The agency issued a correction, lowering the total from 812 to 640 people.", ["812 people", "640 people"]],
  ["en", "The ministry raised the number of troops guarding the border from 2,500 to 4,000.", ["2500 soldiers", "4000 soldiers"]],
  ["fr", "Inondations : le bilan, revu à la baisse, passe de 97 à 81 morts", ["97 dead", "81 dead"]],
  ["fr", "La préfecture a augmenté le nombre de ses policiers mobilisés pour le week-end de 900 à 2.400.", ["900 police officers", "2400 police officers"]],
  // No change verb: a range stays one figure.
  ["en", "Between 400 and 600 people were evacuated.", ["400-600 people"]],
  ["en", "From 10,000 to 12,000 people marched in Leeds.", ["10000-12000 people"]],
  ["fr", "De 3 000 à 5 000 manifestants ont défilé à Rennes.", ["3000-5000 protesters"]],
  // A long subject between the total and its verb: the toll still names what the figure counts.
  ["en", "The death toll from the landslides that buried the villages in the valley late last week has risen to 143.", ["143 dead"]],
  ["fr", "Le bilan des glissements de terrain qui ont enseveli les villages est passé à 143.", ["143 dead"]],
  // A date's day is no end of a range or a step of a chain.
  ["en", "On Jan. 23 to 150 protesters gathered.", ["150 protesters"]],
];

const shown = (low: number | null, high: number | null) => (low === high ? `${low}` : `${low}-${high}`);

describe("steps of a changing count", () => {
  it.each(ROWS)("(%s) %s", (language, sentence, expected) => {
    const figures = findFigures(sentence, lexiconFor(language));
    expect(figures.map((f) => `${shown(f.quantity.value.low, f.quantity.value.high)} ${f.head.unit}`)).toEqual(expected);
  });
});
