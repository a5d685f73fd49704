// "Des secouristes, arrivés lundi, ont dit avoir retrouvé 40 corps": after a
// comma the verb may look like an incise, but an infinitive after it opens
// what is said; the speaker is the subject before. Invented sentences, in no
// eval set: text, a figure's low value → its source id.
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const ROWS: CreditedRow[] = [
  ["fr", "Les secouristes, arrivés sur place lundi, ont affirmé avoir retrouvé 40 corps.", 40, "secouristes"],
  ["fr", "Des plongeurs grecs, qui aident les équipes locales, ont dit avoir découvert des dizaines de corps.", 10, "plongeurs-grecs"],
  ["fr", "Les pompiers, mobilisés depuis dimanche, ont assuré être intervenus auprès de 300 personnes.", 300, "pompiers"],
  ["en", "The rescuers, who arrived on Monday, said to have found 40 bodies.", 40, "rescuers"],
];

describe("an infinitive after a speech verb", () => {
  it.each(ROWS)("%s: %s → %d credited to %s", (language, text, low, id) => expectCredited(language, text, low, id));
});
