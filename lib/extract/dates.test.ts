import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { parseIsoDay } from "./calendar";
import { findDates } from "./dates";
import { lexiconFor } from "./lexicon";

const PUBLISHED = "2024-10-23"; // a Wednesday

const CASES: [string, Language, string | null, boolean?][] = [
  ["Pyongyang a démenti lundi 21 octobre ces rumeurs.", "fr", "2024-10-21"],
  ["Le pacte a été signé le 19 juin 2024.", "fr", "2024-06-19"],
  ["Fin novembre, Lloyd Austin avait estimé …", "fr", "2023-11"],
  ["Fin novembre 2024, Lloyd Austin avait estimé …", "fr", "2024-11"],
  ["Le Kremlin a réagi jeudi.", "fr", "2024-10-17"],
  ["Ils ont été tués ce week-end.", "fr", "2024-10-19"],
  ["Il y a neuf jours, Zelensky a parlé.", "fr", "2024-10-14"],
  ["Les troupes arriveront d'ici décembre 2024.", "fr", "2024-12", true],
  ["Elles seront déployées dès le 1er novembre 2024.", "fr", "2024-11-01", true],
  ["The Kremlin denied it on Monday.", "en", "2024-10-21"],
  ["Officials said nine days ago that troops had arrived.", "en", "2024-10-14"],
  ["In late November, Austin said 10,000 troops were there.", "en", "2023-11"],
  ["The pact was signed on June 19, 2024.", "en", "2024-06-19"],
  ["Troops are expected by December 2024.", "en", "2024-12", true],
  ["It happened last week.", "en", "2024-10"],
  // The weekday of the week before, never the publication day itself.
  ["Last Wednesday, 3,000 people marched.", "en", "2024-10-16"],
  ["Mercredi dernier, 3 000 personnes ont défilé.", "fr", "2024-10-16"],
  ["Police said 900 marched on Tuesday, October 15.", "en", "2024-10-15"],
  ["Saturday, 19 October: 900 marched.", "en", "2024-10-19"],
  // A year outside 1800–2099 is a figure, not a date.
  ["Des images publiées le 11 novembre, 7500 soldats y figurent.", "fr", "2023-11-11"],
  ["Photos released on November 11, 7500 soldiers are seen.", "en", "2023-11-11"],
  ["En 7500, personne ne s'en souviendra.", "fr", null],
  // Digits with a slash are a day only after a word that introduces one: "les 2/3" is a fraction.
  ["La police en avait compté 4 000 le 12/10.", "fr", "2024-10-12"],
  ["Les 2/3 des 900 déplacés sont des enfants.", "fr", null],
  ["Au lendemain du 1er mai, les syndicats ont compté.", "fr", "2024-05-01"],
];

describe("findDates", () => {
  it.each(CASES)("%s", (sentence, language, iso, prospective = false) => {
    const [d] = findDates(sentence, lexiconFor(language), { published: parseIsoDay(PUBLISHED), anchor: null });
    expect(d?.resolved?.iso ?? null).toBe(iso);
    expect(d?.prospective ?? false).toBe(prospective);
  });

  it("counts 'N days later' from the last date the text reached", () => {
    const [d] = findDates("Quatre jours plus tard, Séoul confirmait.", lexiconFor("fr"), { published: parseIsoDay(PUBLISHED), anchor: parseIsoDay("2024-10-14") });
    expect(d?.resolved?.iso).toBe("2024-10-18");
  });

  it("leaves a relative date unresolved when the article has no date", () => {
    const [d] = findDates("Le Kremlin a réagi jeudi.", lexiconFor("fr"), { published: null, anchor: null });
    expect(d?.resolved ?? null).toBeNull();
  });
});
