// A turnout belongs to its protest's day: a figure whose sentence names no day
// takes the day the article names most often in the week before publication.
// One row per article (invented texts, in no eval set): text, publication
// day, the figure → its as-of date.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { claimOfValue } from "../../test/counted-figure";

type Row = [string, Language, string, string, number, string | null];

const ROWS: Row[] = [
  ["a weekday in the lede", "en", "2021-03-15",
    "Thousands marched through Lyon on Saturday against the bill. Organisers said 40,000 people took part.", 40_000, "2021-03-13"],
  ["a weekday in the lede, in French", "fr", "2021-03-15",
    "Des milliers de personnes ont défilé samedi à Lyon. Selon les organisateurs, 40 000 manifestants étaient présents.", 40_000, "2021-03-13"],
  ["a comparison day named once beside the day named twice", "fr", "2016-05-27",
    "Jeudi, la mobilisation a faibli (contre 20 000 jeudi 19 mai). Ce jeudi, la préfecture a compté 12 000 manifestants.", 12_000, "2016-05-26"],
  ["a comparison day after the day reported, named as often", "fr", "2016-07-06",
    "Ils étaient moins nombreux mardi 5 juillet que le 28 juin. La police a compté 7 000 manifestants à Paris.", 7000, "2016-07-05"],
  ["a day long before publication is history, not the event", "en", "2021-03-15",
    "The march recalled the one of 1 May 2019. Police said 12,000 people marched.", 12_000, "2021-03-15"],
  ["arrests of the same day", "fr", "2021-03-15",
    "La manifestation de samedi a dégénéré. La police a procédé à 45 interpellations.", 45, "2021-03-13"],
  ["a byline's stamp is the publication, not the event", "en", "2021-03-15",
    "Jane Roe | March 15, 2021, 06:24 PM\nThe march was held on March 14 in Lyon.\nOrganisers said 40,000 people marched.", 40_000, "2021-03-14"],
  ["a byline's stamp, in French", "fr", "2021-03-15",
    "Par Jean Dupont, publié le 15 mars 2021 à 18h24\nLa marche a eu lieu le 14 mars à Lyon.\nSelon les organisateurs, 40 000 manifestants ont défilé.", 40_000, "2021-03-14"],
  ["a heading without a time still names the day", "en", "2021-03-15",
    "Thousands march in Lyon on Sunday\nOrganisers said 40,000 people marched.", 40_000, "2021-03-14"],
  ["a toll is as of its report, not of an event day", "en", "2021-03-15",
    "The storm hit on Saturday. The health ministry said 30 people had died.", 30, "2021-03-15"],
];

describe("the day of a one-day event", () => {
  it.each(ROWS)("%s", (_title, language, published, text, low, asOf) => {
    const claim = claimOfValue(language, text, low, published);
    expect(claim.asOf).toBe(asOf);
  });
});
