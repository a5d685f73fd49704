// A day named between a participle and its agent ("avancé jeudi 12 décembre
// par", "announced on Thursday by") leaves the cue whole; any other gap does
// not make one. One row per phrasing (invented sentences, in no eval set).
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const CREDITED: CreditedRow[] = [
  ["fr", "Neuf mille manifestants : c'est le chiffre avancé jeudi 12 décembre par la CGT à Rennes.", 9000, "cgt"],
  ["fr", "Le chiffre de 45 000 manifestants, avancé hier par la CGT, a été vivement contesté.", 45000, "cgt"],
  ["fr", "Un bilan de 30 morts a été annoncé ce mardi par le ministère de la Santé.", 30, "health-ministry"],
  ["fr", "Un bilan de 30 morts a été annoncé mardi soir par le ministère de la Santé.", 30, "health-ministry"],
  ["fr", "Le chiffre de 12 000 soldats, révélé le 3 novembre par le Pentagone, a surpris Séoul.", 12000, "us_dod"],
  ["en", "A toll of 30 dead was announced on Thursday by the health ministry in the capital.", 30, "health-ministry"],
  ["en", "The figure of 3,000 troops, revealed yesterday by the Pentagon, was disputed.", 3000, "us_dod"],
  // A time no date names: "ce week-end", "la semaine dernière", "last week".
  ["fr", "Un bilan de 30 morts a été annoncé ce week-end par le ministère de la Santé.", 30, "health-ministry"],
  ["fr", "Le chiffre de 12 000 soldats, révélé la semaine dernière par le Pentagone, a surpris Séoul.", 12000, "us_dod"],
  ["en", "The figure of 3,000 troops, revealed last week by the Pentagon, was disputed.", 3000, "us_dod"],
];

/** A gap that is not one date is not a cue: the participle's agent is too far to be sure of. */
const NOT_CREDITED: CreditedRow[] = [
  ["fr", "Le chiffre de 300 blessés, avancé dans la région par les secours, reste provisoire.", 300, null],
];

describe("a day between a participle and its agent", () => {
  it.each(CREDITED)("(%s) %s → %d from %s", (language, text, value, id) => expectCredited(language, text, value, id));
  it.each(NOT_CREDITED)("(%s) %s → %d from no one", (language, text, value, id) => expectCredited(language, text, value, id));
});
