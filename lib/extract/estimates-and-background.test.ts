// Alternative estimates that continue a figure ("several hundred, perhaps a
// thousand", « plusieurs centaines, voire quelques milliers »), an adverb between a
// total and its figure, counted nouns of livestock and staff, and a named
// place's population and a survey's sample, which are background.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from "./index";

interface Case {
  text: string;
  language: Language;
  /** [low, high] of every claim, in order. */
  values: [number, number | null][];
  units?: string[];
}

function claimsOf(text: string, language: Language) {
  return extractClaims({ file: "t.txt", text, language, published: "2025-03-10" });
}

const CASES: Case[] = [
  // Who a survey asked is its sample, not a count; what it counts stays.
  { text: "Selon un sondage réalisé auprès de 1 000 personnes, 67 % des habitants se disent inquiets.", language: "fr", values: [] },
  { text: "Une enquête menée auprès de 3 000 ménages sinistrés a recensé 1 200 maisons détruites.", language: "fr", values: [[1200, 1200]] },
  { text: "A poll of 1,500 people found that 300 homes had been destroyed.", language: "en", values: [[300, 300]] },
  { text: "Officials surveyed 1,500 households and counted 300 destroyed homes.", language: "en", values: [[300, 300]] },
  // An alternative estimate after "or", "voire", "perhaps" keeps the noun of the first.
  { text: "Rescuers feared that several hundred people, or even several thousand, had drowned.", language: "en", values: [[200, 999], [2000, 9999]] },
  { text: "The governor said the toll would be several hundred, perhaps close to a thousand.", language: "en", values: [[200, 999], [1000, 1000]] },
  { text: "Plusieurs centaines de personnes, voire quelques milliers, auraient péri selon le gouverneur.", language: "fr", values: [[200, 999], [2000, 9999]] },
  { text: "« Plusieurs dizaines » de blessés, « voire quelques centaines », selon les secours.", language: "fr", values: [[20, 99], [200, 999]] },
  { text: "Le gouverneur parle de 300 disparus, peut-être 400.", language: "fr", values: [[300, 300], [400, 400]] },
  // A modal may stand between the link and the alternative estimate.
  { text: "The governor said the toll was several hundred and may be close to 1,000.", language: "en", values: [[200, 999], [1000, 1000]] },
  { text: "Rescuers found 40 bodies and could reach the valley by night.", language: "en", values: [[40, 40]] },
  // An adverb between the total and its figure.
  { text: "The governor said the toll was \"certainly several hundred\".", language: "en", values: [[200, 999]] },
  { text: "Officials said the number of dead is probably 300.", language: "en", values: [[300, 300]] },
  // Livestock, staff and protesters in French.
  { text: "Selon le ministère, 12 400 têtes de bétail ont péri dans la crue.", language: "fr", values: [[12400, 12400]], units: ["livestock"] },
  { text: "Officials said 8,300 livestock drowned in the valley.", language: "en", values: [[8300, 8300]], units: ["livestock"] },
  { text: "Quelque 75 personnels soignants sont arrivés de Lyon.", language: "fr", values: [[75, 75]], units: ["workers"] },
  { text: "La répression a coûté la vie à 41 protestataires, selon une ONG.", language: "fr", values: [[41, 41]], units: ["protesters"] },
];

const BACKGROUND: Case[] = [
  // A named place's population is not a count about the event.
  { text: "Tonga's 105,000 residents were told to stay indoors as 40 homes burned.", language: "en", values: [[40, 40]] },
  { text: "Les 105 000 habitants de Tonga ont été confinés et 40 maisons ont brûlé.", language: "fr", values: [[40, 40]] },
  // Without a place's name they stay counts.
  { text: "The village's 300 residents were evacuated on Monday.", language: "en", values: [[300, 300]] },
  { text: "Les 300 habitants évacués ont été relogés lundi.", language: "fr", values: [[300, 300]] },
];

describe("alternative estimates, adverbs, counted nouns", () => {
  it.each(CASES)("$text", ({ text, language, values, units }) => {
    const claims = claimsOf(text, language);
    expect(claims.map((c) => [c.value.low, c.value.high])).toEqual(values);
    if (units) expect(claims.map((c) => c.unit)).toEqual(units);
  });
});

describe("a named place's population is background", () => {
  it.each(BACKGROUND)("$text", ({ text, language, values }) => {
    expect(claimsOf(text, language).map((c) => [c.value.low, c.value.high])).toEqual(values);
  });
});
