// "…, contrary to reports that more than 20 people died": the figure of a
// clause unnamed reports introduce is the reports', and the figures before
// keep the sentence's speaker. Invented sentences, in no eval set: text, a
// figure's low value → its source id.
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const ROWS: CreditedRow[] = [
  ["en", "The governor said four people had died, contrary to reports that more than 30 people were killed.", 30, "reports"],
  ["en", "The governor said four people had died, contrary to reports that more than 30 people were killed.", 4, "governor"],
  ["en", "Troops were deployed amid media reports that 200 protesters had been detained.", 200, "media-reports"],
  ["fr", "Le préfet a annoncé quatre morts, alors que des informations selon lesquelles 30 personnes auraient été tuées circulent.", 30, "informations"],
  ["fr", "Le préfet a annoncé quatre morts, alors que des informations selon lesquelles 30 personnes auraient été tuées circulent.", 4, "prefecture"],
];

describe("a clause that unnamed reports introduce", () => {
  it.each(ROWS)("%s: %s → %d credited to %s", (language, text, low, id) => expectCredited(language, text, low, id));
});
