// A figure reported in the passive with no agent ("are reported missing",
// "a été évoqué") is not carried on to the speaker of the sentence before;
// a named agent or an attribution of its own still speaks. One row per
// phrasing (invented sentences, in no eval set): text → the figure's value
// and the source id it credits (null: no one named).
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const ROWS: CreditedRow[] = [
  ["en", "The fire service said 14 people had died. Dozens are reported missing.", 12, null],
  ["en", "Police said 12 people were arrested. A figure of 40 arrests was also cited.", 40, null],
  ["en", "The coast guard said 9 migrants drowned. Another 60 were reported missing near the island.", 60, null],
  ["fr", "Selon la préfecture, 14 personnes sont mortes. Le chiffre de 30 morts a également été évoqué.", 30, null],
  ["fr", "La police a compté 3 000 manifestants. Un chiffre de 10 000 participants a été avancé.", 10000, null],
  ["fr", "Selon la protection civile, 8 personnes sont mortes. Une vingtaine de disparus sont signalés dans la vallée.", 20, null],
  // The agent named, or an attribution of the sentence's own, still speaks.
  ["en", "Police said 12 people were arrested. A figure of 40 arrests was also cited by the mayor.", 40, "mayor"],
  ["fr", "La police a compté 3 000 manifestants. Un chiffre de 10 000 participants a été avancé par les organisateurs.", 10000, "organisateurs"],
  ["en", "Dozens are reported missing, the fire service said.", 12, "fire-service"],
  // Without the passive the report goes on as before.
  ["en", "The fire service said 14 people had died. Another 30 people were injured.", 30, "fire-service"],
  ["fr", "Selon la préfecture, 14 personnes sont mortes. Trente autres ont été blessées.", 30, "prefecture"],
];

describe("figures reported in the passive with no agent", () => {
  it.each(ROWS)("(%s) %s → %d", (language, text, value, id) => expectCredited(language, text, value, id));
});
