import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { findAgencies } from "../sources/find-agencies";
import { findDenial } from "./denials";
import { extractClaims } from "./index";
import { lexiconFor } from "./lexicon";

// One row per phrasing: the sentence, its language, and who denies (null: no denial).
const DENIALS: [string, Language, string | null][] = [
  ["Le Kremlin conteste ce chiffre.", "fr", "kremlin"],
  ["L'OTAN a catégoriquement démenti ces informations.", "fr", "nato"],
  ["Ce bilan a été qualifié de fantaisiste par le Kremlin.", "fr", "kremlin"],
  ["Le Kremlin a rejeté ce décompte, jugé exagéré.", "fr", "kremlin"],
  ["Le Pentagone met en doute le nombre de victimes.", "fr", "us_dod"],
  ["Le Pentagone ne conteste pas ce chiffre.", "fr", null],
  ["Moscou n'a jamais démenti ce bilan.", "fr", null],
  ["Le Kremlin a qualifié la rencontre de succès.", "fr", null],
  ["Le bilan avancé par Kiev est contredit par le Kremlin.", "fr", "kremlin"],
  ["L'OTAN a publié une note mettant en doute le décompte ukrainien.", "fr", "nato"],
  ["Le Pentagone a diffusé un rapport remettant en cause les estimations russes.", "fr", "us_dod"],
  ["The Kremlin dismissed the figure as inflated.", "en", "kremlin"],
  ["The toll was disputed by the Pentagon.", "en", "us_dod"],
  ["NATO cast doubt on the estimate.", "en", "nato"],
  ["The UN rejected the count as exaggerated.", "en", "un"],
  ["The Kremlin called the tally absurd.", "en", "kremlin"],
  ["The Pentagon did not dispute the figure.", "en", null],
  ["The Kremlin called the meeting a success.", "en", null],
  ["The UN rejected the proposal.", "en", null],
  ["The Pentagon issued a statement questioning the toll.", "en", "us_dod"],
  ["NATO officials doubted the figures released by Moscow.", "en", "nato"],
];

describe("denials of a figure", () => {
  it.each(DENIALS)("%s (%s) → %s", (sentence, language, denier) => {
    const found = findDenial(sentence, { mentions: () => findAgencies(sentence, language) }, lexiconFor(language));
    expect(found?.denier.id ?? null).toBe(denier);
  });
});

// One row per text: the denial claim it gives, and the figure it disputes.
const DISPUTES: { text: string; language: Language; source: string; best: number | null; disputes: string }[] = [
  { text: "Selon l'ISW, 3 000 soldats ont été tués. Le Kremlin conteste ce chiffre.", language: "fr", source: "kremlin", best: null, disputes: "Selon l'ISW, 3 000 soldats ont été tués" },
  { text: "Selon l'ISW, 3 000 soldats ont été tués, un bilan qualifié de fantaisiste par le Kremlin.", language: "fr", source: "kremlin", best: 3000, disputes: "Selon l'ISW, 3 000 soldats" },
  { text: "The Pentagon said 500 soldiers were killed. The Kremlin dismissed the toll of 500 as inflated.", language: "en", source: "kremlin", best: 500, disputes: "The Pentagon said 500 soldiers were killed" },
  { text: "The Pentagon said 500 soldiers were killed. Moscow played down the toll.", language: "en", source: "russia_gov", best: null, disputes: "The Pentagon said 500 soldiers were killed" },
  { text: "Selon la préfecture, 20 000 manifestants ont défilé à Nantes. La CGT conteste ce chiffre.", language: "fr", source: "cgt", best: null, disputes: "Selon la préfecture, 20 000 manifestants" },
  { text: "Selon les organisateurs, 50 000 personnes ont défilé. Des chiffres jugés exagérés par la préfecture.", language: "fr", source: "prefecture", best: null, disputes: "Selon les organisateurs, 50 000 personnes" },
  { text: "Police said 20,000 people marched in Leeds. The organisers dismissed the figure as absurd.", language: "en", source: "organisers", best: null, disputes: "Police said 20,000 people marched" },
  { text: "The health ministry said 312 people were killed. Opposition groups disputed the toll.", language: "en", source: "opposition-groups", best: null, disputes: "The health ministry said 312" },
];

describe("the figure a denial disputes", () => {
  it.each(DISPUTES)("$text", ({ text, language, source, best, disputes }) => {
    const claims = extractClaims({ file: "a.txt", text, language, published: "2024-03-01" });
    const denial = claims.find((c) => c.stance === "denies");
    expect(denial?.source?.id).toBe(source);
    expect(denial?.value.best).toBe(best);
    expect(denial?.disputes?.quote.startsWith(disputes)).toBe(true);
    expect(text.slice(denial?.disputes?.start, denial?.disputes?.end)).toBe(denial?.disputes?.quote);
  });

  it("ignores a figure that is not disputed", () => {
    const claims = extractClaims({ file: "a.txt", text: "The Pentagon said 500 soldiers were killed. The Kremlin did not dispute the figure.", language: "en", published: null });
    expect(claims.map((c) => c.stance)).toEqual(["asserts"]);
  });
});

// One row per article: a headline that denies with no figure is a mention of the body's first denial.
const HEADLINES: { text: string; language: Language; denials: number }[] = [
  { text: "Un collectif conteste le comptage officiel\n\nLa préfecture a compté 7 000 manifestants à Lille. Le collectif Lille en lutte s'élève contre ce chiffrage.", language: "fr", denials: 1 },
  { text: "Residents dispute the official toll\n\nThe governor said 52 people died. A residents' association dismissed the figure as far too low.", language: "en", denials: 1 },
  { text: "Residents dispute the official toll\n\nThe governor said 52 people died in the floods.", language: "en", denials: 1 },
  { text: "The governor said 52 people died. Residents disputed the toll. Doctors later rejected the figure as too low.", language: "en", denials: 2 },
];

describe("a headline's denial", () => {
  it.each(HEADLINES)("$text", ({ text, language, denials }) => {
    const claims = extractClaims({ file: "a.txt", text, language, published: "2024-03-01" });
    expect(claims.filter((c) => c.stance === "denies")).toHaveLength(denials);
  });
});
