// A speaker named after its figure, in an incise where a time or a document
// stands between the verb and the speaker ("…, a indiqué plus tard le
// ministère", "…, the ministry said in a statement later"). One row per
// phrasing (invented sentences, in no eval set): text → the figure's value
// and the source id it credits.
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const ROWS: CreditedRow[] = [
  ["fr", "Au moins 40 personnes sont mortes dans les crues, a indiqué plus tard le ministère de l'Intérieur.", 40, "interior-ministry"],
  ["fr", "Quelque 1 200 habitants ont été évacués, a précisé dans la soirée la préfecture du Var.", 1200, "prefecture-du-var"],
  ["fr", "Le glissement de terrain a fait 14 morts, a annoncé dans un communiqué la protection civile.", 14, "protection-civile"],
  ["fr", "Trois cents logements ont été détruits, a affirmé mardi dans la matinée la mairie de Nîmes.", 300, "mairie-de-nimes"],
  ["fr", "Près de 9 000 grévistes ont été recensés, a estimé à son tour le syndicat Sud-Rail.", 9000, "sud-rail"],
  ["en", "At least 40 people died in the floods, the interior ministry said in a statement later.", 40, "interior-ministry"],
  ["en", "Some 1,200 residents were evacuated, the county fire service later said in a statement.", 1200, "county-fire-service"],
];

describe("a speaker named after its figure, past a time or a document", () => {
  it.each(ROWS)("(%s) %s → %d", (language, text, value, id) => expectCredited(language, text, value, id));
});
