// A figure tied to one day takes that day, resolved against the article's
// publication date: a protest's turnout belongs to the protest's day. One row
// per phrasing (invented sentences, in no eval set): published, text, the
// figure's low value → its as-of day.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { claimOfValue } from "../../test/counted-figure";

type Row = [Language, string, string, number, string];

// 2023-01-20 is a Friday; 2019-02-18 a Monday; 2024-03-14 a Thursday; 2024-03-16 a Saturday.
const ROWS: Row[] = [
  ["fr", "2023-01-20", "Jeudi 19 janvier, 1,12 million de personnes ont manifesté selon le ministère de l'Intérieur.", 1_120_000, "2023-01-19"],
  ["fr", "2019-02-18", "Acte 14, samedi 16 février : 41 500 manifestants dans toute la France selon le ministère de l'Intérieur.", 41_500, "2019-02-16"],
  ["fr", "2024-03-14", "Hier, 12 000 personnes ont défilé à Lyon selon la préfecture.", 12_000, "2024-03-13"],
  ["fr", "2024-03-14", "Samedi, 8 000 personnes ont marché à Nantes, selon les organisateurs.", 8000, "2024-03-09"],
  ["fr", "2024-03-14", "Jeudi dernier, 5 000 manifestants étaient à Rennes selon la police.", 5000, "2024-03-07"],
  ["fr", "2024-03-14", "La manifestation de mardi a réuni 3 400 personnes selon la préfecture.", 3400, "2024-03-12"],
  ["fr", "2024-03-14", "Le 2 mars, 700 personnes ont été évacuées selon les pompiers.", 700, "2024-03-02"],
  ["en", "2024-03-14", "On Saturday, 20,000 people marched in Santiago, police said.", 20_000, "2024-03-09"],
  ["en", "2024-03-14", "Last Thursday, 3,000 people rallied in Leeds, organisers said.", 3000, "2024-03-07"],
  ["en", "2024-03-14", "Yesterday 4,500 people marched in Leeds, according to the police.", 4500, "2024-03-13"],
  ["en", "2024-03-14", "Police said 900 people marched on Tuesday, March 5.", 900, "2024-03-05"],
  ["en", "2024-03-14", "Organisers said 60,000 people joined the march on Sunday.", 60_000, "2024-03-10"],
  ["en", "2024-03-14", "Some 15,000 people rallied on March 2, the union said.", 15_000, "2024-03-02"],
  // "By" with a past perfect tells when the count stood; it is no deadline.
  ["en", "2024-03-14", "By Tuesday evening, the death toll had reached 290.", 290, "2024-03-12"],
  // A date in parentheses dates only the figure it encloses.
  ["fr", "2024-03-14", "A Paris, 18 000 personnes ont défilé selon la police (contre 14 000 jeudi dernier).", 18_000, "2024-03-14"],
  ["fr", "2024-03-14", "A Paris, 18 000 personnes ont défilé selon la police (contre 14 000 jeudi dernier).", 14_000, "2024-03-07"],
  ["en", "2024-03-14", "Police counted 8,000 marchers (against 5,000 marchers last Saturday).", 8000, "2024-03-14"],
  ["en", "2024-03-14", "Police counted 8,000 marchers (against 5,000 marchers last Saturday).", 5000, "2024-03-09"],
  // "Last weekend" said on a weekend is the one before.
  ["fr", "2024-03-16", "Le week-end dernier, la préfecture avait compté 9 000 personnes à Lille.", 9000, "2024-03-09"],
  ["en", "2024-03-16", "Last weekend, police counted 7,000 people in Leeds.", 7000, "2024-03-09"],
  ["fr", "2024-03-14", "Le week-end dernier, la préfecture avait compté 9 000 personnes à Lille.", 9000, "2024-03-09"],
  // A day written in digits, day first as French writes it.
  ["fr", "2024-03-14", "Le 14/02, la police avait compté 2 300 manifestants à Caen.", 2300, "2024-02-14"],
  ["fr", "2024-03-14", "Lors de la journée du 07/03/2023, 9 800 personnes ont défilé à Rouen selon la préfecture.", 9800, "2023-03-07"],
  // A time of day and no day: the day of the report.
  ["fr", "2024-03-14", "À 18 heures, 64 personnes avaient été interpellées à Paris.", 64, "2024-03-14"],
  ["en", "2024-03-14", "By 6 p.m., 41 people had been arrested in the capital.", 41, "2024-03-14"],
  // "The day after" an event named in words: it took place the day before publication.
  ["fr", "2024-03-14", "Au lendemain du rassemblement, le décompte fait débat. La préfecture parle de 6 000 participants.", 6000, "2024-03-13"],
  ["en", "2024-03-14", "A day after the rally, the count is disputed. Organisers say 25,000 people came.", 25_000, "2024-03-13"],
  // A sentence that only sets the day dates the figures of the next one.
  ["fr", "2024-03-14", "Les lycéens avaient ouvert la mobilisation mardi, à l'appel des syndicats. Ils étaient 4 000 à Toulouse.", 4000, "2024-03-12"],
  ["en", "2024-03-14", "Students began the walkout on Monday. Some 2,500 students gathered outside parliament.", 2500, "2024-03-11"],
  // …but not one with a figure of its own: that day is its figure's.
  ["en", "2024-03-14", "Rescuers found twelve bodies on Monday. The ministry says 85 people have died.", 85, "2024-03-14"],
];

describe("figures tied to one day", () => {
  it.each(ROWS)("(%s, published %s) %s", (language, published, text, low, day) => {
    const claim = claimOfValue(language, text, low, published);
    expect(claim.asOf).toBe(day);
  });
});
