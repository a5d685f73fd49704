// An estimating participle, its figure, then its agent ("estimée à 12 000
// personnes par la préfecture", "put at 45 by the health ministry"): the agent
// speaks for the figure. One row per phrasing (invented sentences, in no eval set).
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const CREDITED: CreditedRow[] = [
  ["fr", "Le nombre de manifestants a été estimé à 3 000 par la police.", 3000, "police"],
  ["fr", "La foule a été évaluée à 12 000 personnes par la préfecture de police.", 12000, "paris-police-prefecture"],
  ["fr", "Le cortège parisien a été chiffré à 45 000 manifestants par la CGT.", 45000, "cgt"],
  ["fr", "Le bilan, porté à 45 morts par le ministère de la Santé, devrait encore s'alourdir.", 45, "health-ministry"],
  ["fr", "Le bilan a été revu à la hausse à 52 morts par la protection civile.", 52, "protection-civile"],
  ["en", "The crowd was estimated at 50,000 by the police.", 50000, "police"],
  ["en", "The death toll was put at 45 by the health ministry.", 45, "health-ministry"],
  ["en", "The toll was raised to 45 by the health ministry on Monday.", 45, "health-ministry"],
];

/** A gap with no figure, or an agent that is no one, credits nobody. */
const NOT_CREDITED: CreditedRow[] = [
  ["fr", "Le bilan a été porté à 45 morts par les inondations de la nuit.", 45, null],
  ["en", "The damage was estimated at several sites by engineers, and 450 homes were lost.", 450, null],
];

describe("an estimating participle, its figure, then its agent", () => {
  it.each(CREDITED)("(%s) %s → %d from %s", (language, text, value, id) => expectCredited(language, text, value, id));
  it.each(NOT_CREDITED)("(%s) %s → %d from no one", (language, text, value, id) => expectCredited(language, text, value, id));
});
