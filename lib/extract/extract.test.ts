import { describe, expect, it } from "vitest";
import { extractedClaimSchema, type Language } from "../claims/claim";
import { extractClaims } from "./index";

interface Case {
  text: string;
  language: Language;
  expected: Partial<{
    low: number | null;
    best: number | null;
    high: number | null;
    qualifier: string;
    unit: string;
    category: string;
    source: string | null;
    subject: string | null;
    stance: string;
    place: string | null;
    asOf: string | null;
  }>;
  published?: string;
  /** Which claim of the text to check, when not the first. */
  nth?: number;
}

const POSITIVE: Case[] = [
  { text: "Au moins 1 200 soldats ont été capturés, selon l'état-major.", language: "fr", expected: { low: 1200, high: null, qualifier: "at_least", unit: "soldiers", category: "captured" } },
  { text: "The Pentagon said some 8,000 North Korean troops were in Kursk.", language: "en", expected: { low: 8000, high: 8000, qualifier: "approx", unit: "soldiers", source: "us_dod", subject: "North Korean", place: "Kursk region" } },
  { text: "Selon Kiev, entre 10 000 et 12 000 hommes ont été massés près de la frontière.", language: "fr", expected: { low: 10000, best: 11000, high: 12000, qualifier: "range", source: "ukraine_gov", category: "deployed" } },
  { text: "Officials said between 10,000 and 12,000 soldiers were deployed.", language: "en", expected: { low: 10000, high: 12000, qualifier: "range" } },
  { text: "Russia fired 10,000 to 12,000 shells a day.", language: "en", expected: { low: 10000, high: 12000, qualifier: "range", unit: "shells", category: "materiel" } },
  { text: "De 10 000 à 12 000 combattants seraient engagés.", language: "fr", expected: { low: 10000, high: 12000, qualifier: "range" } },
  { text: "Il y aurait 10 000-12 000 soldats sur place.", language: "fr", expected: { low: 10000, high: 12000, qualifier: "range" } },
  { text: "Ukraine shot down nearly two dozen drones overnight.", language: "en", expected: { low: 24, high: 24, qualifier: "approx", unit: "drones" } },
  { text: "Pyongyang aurait livré 1,5 million d'obus à Moscou.", language: "fr", expected: { low: 1_500_000, qualifier: "exact", unit: "shells", category: "materiel" } },
  { text: "Quelque 11\u00A0000 soldats nord-coréens sont arrivés.", language: "fr", expected: { low: 11000, qualifier: "approx", subject: "North Korean" } },
  { text: "Près de 11\u202F000 soldats sont arrivés.", language: "fr", expected: { low: 11000, qualifier: "approx" } },
  { text: "Dix mille soldats ont été envoyés en Russie.", language: "fr", expected: { low: 10000, qualifier: "exact", place: "Russia", category: "deployed" } },
  { text: "Deux mille six cents militaires sont stationnés à Koursk.", language: "fr", expected: { low: 2600, unit: "soldiers" } },
  { text: "Plus de 3 000 soldats russes ont déserté, d'après le renseignement militaire ukrainien.", language: "fr", expected: { low: 3000, qualifier: "at_least", category: "deserters", source: "gur", subject: "Russian" } },
  { text: "Jusqu'à 15 000 soldats pourraient être envoyés, estime la Maison Blanche.", language: "fr", expected: { low: null, best: 15000, high: 15000, qualifier: "up_to" } },
  { text: "Moins de 500 combattants ont été tués.", language: "fr", expected: { high: 500, qualifier: "at_most", category: "casualties" } },
  { text: "According to South Korea's spy agency, up to 1,500 North Korean special forces were sent.", language: "en", expected: { high: 1500, qualifier: "up_to", source: "nis" } },
  { text: "At least 30 North Korean soldiers were killed or wounded.", language: "en", expected: { low: 30, qualifier: "at_least", category: "casualties" } },
  { text: "Fewer than 100 soldiers fled.", language: "en", expected: { high: 100, qualifier: "at_most", category: "deserters" } },
  { text: "More than 200 troops were captured, Kyiv said.", language: "en", expected: { low: 200, qualifier: "at_least", category: "captured", source: "ukraine_gov" } },
  { text: "Several thousand North Korean troops are training in Russia, the ISW said.", language: "en", expected: { low: 2000, high: 9999, qualifier: "vague", source: "isw" } },
  { text: "Des dizaines de milliers de soldats sont massés.", language: "fr", expected: { low: 10000, high: null, qualifier: "vague" } },
  { text: "Thousands of soldiers have been sent.", language: "en", expected: { low: 1000, high: null, qualifier: "vague" } },
  { text: "Une douzaine de chars ont été détruits.", language: "fr", expected: { low: 12, qualifier: "approx", unit: "tanks" } },
  { text: "Seventy-five missiles were launched.", language: "en", expected: { low: 75, unit: "missiles" } },
  { text: "Vingt-deux drones ont été abattus.", language: "fr", expected: { low: 22, unit: "drones" } },
  { text: "Le Kremlin a démenti l'envoi de troupes nord-coréennes.", language: "fr", expected: { low: null, stance: "denies", source: "kremlin", unit: "soldiers", category: "deployed" } },
  { text: "North Korea denied sending troops to Russia on Monday.", language: "en", published: "2024-10-23", expected: { stance: "denies", source: "north_korea", asOf: "2024-10-21" } },
  { text: "Le Pentagone estime à environ 10.000 le nombre de soldats nord-coréens en Russie.", language: "fr", expected: { low: 10000, qualifier: "approx", source: "us_dod" } },
  { text: "Selon l'état-major ukrainien, 1 200 soldats ont été tués. Une centaine d'autres auraient été faits prisonniers, a indiqué Kiev.", language: "fr", nth: 1, expected: { low: 100, qualifier: "approx", unit: "soldiers", category: "captured", source: "ukraine_gov" } },
  { text: "D'après le Pentagone, 11 000 militaires nord-coréens sont en Russie. Washington estime que 8 000 d'entre eux combattent.", language: "fr", nth: 1, expected: { low: 8000, unit: "soldiers", source: "us_gov", subject: "North Korean" } },
  { text: "North Korea has sent about 10,000 soldiers to Russia, US Defense Secretary Lloyd Austin said on Monday.", language: "en", published: "2024-11-05", expected: { low: 10000, qualifier: "approx", source: "us_dod", subject: "North Korean", asOf: "2024-11-04" } },
  { text: "Three hundred troops were captured, said the Ukrainian General Staff.", language: "en", expected: { low: 300, category: "captured", source: "ukraine_military" } },
  { text: "The Pentagon estimated that 11,000 North Korean soldiers were in Russia, of whom roughly 3,000 had been killed or wounded.", language: "en", nth: 1, expected: { low: 3000, qualifier: "approx", unit: "soldiers", category: "casualties", source: "us_dod" } },
  { text: "The Pentagon estimated that 11,000 North Korean soldiers were in Russia, of whom roughly 3,000 had been killed or wounded.", language: "en", expected: { low: 11000, category: "deployed" } },
  { text: "La Russie aurait perdu 600 000 hommes, selon les Occidentaux.", language: "fr", expected: { low: 600000, category: "casualties", source: "western_governments" } },
  { text: "Selon Séoul, 3 000 de ces combattants se trouvent déjà en Russie et 7 000 devraient suivre.", language: "fr", published: "2024-10-23", expected: { low: 3000, source: "nis", asOf: "2024-10-23" } },
];

const NEGATIVE: [string, Language][] = [
  ["La guerre a commencé en 2024.", "fr"],
  ["Le pacte a été signé le 19 juin 2024.", "fr"],
  ["Les troupes seront là le 1er novembre 2024.", "fr"],
  ["La base est située à 100 km de la frontière.", "fr"],
  ["Le traité prévoit en son article 4 une aide militaire.", "fr"],
  ["A propos de admin 1314 Articles", "fr"],
  ["Le troisième pays entre dans la guerre.", "fr"],
  ["La réunion est prévue à 14 h 30.", "fr"],
  ["Un soldat âgé de 25 ans a été arrêté.", "fr"],
  ["Environ sept kilomètres séparent les positions.", "fr"],
  ["Le taux a augmenté de 15 %.", "fr"],
  ["The base is 100 km from the border.", "en"],
  ["The pact took effect in December 2024.", "en"],
  ["Article 5 of the treaty applies.", "en"],
  ["He was 25 years old.", "en"],
  ["The meeting was at 2:30 p.m. on October 21.", "en"],
  ["Une prime de 5 000 euros est versée, et 1 500 km de front séparent les armées.", "fr"],
  ["A 19-year-old was arrested.", "en"],
  ["Le F-16 est arrivé le 3 mai.", "fr"],
];

function check(c: Case) {
  const claims = extractClaims({ file: "t.txt", text: c.text, language: c.language, published: c.published ?? null });
  expect(claims.length).toBeGreaterThan(c.nth ?? 0);
  const claim = claims[c.nth ?? 0]!;
  const e = c.expected;
  const actual = {
    low: claim.value.low, best: claim.value.best, high: claim.value.high, qualifier: claim.qualifier,
    unit: claim.unit, category: claim.category, source: claim.source?.id ?? null, subject: claim.subject,
    stance: claim.stance, place: claim.scope.place, asOf: claim.asOf,
  };
  expect(actual).toMatchObject(e);
  for (const cl of claims) {
    expect(extractedClaimSchema.parse(cl)).toBeTruthy();
    expect(cl.quote).toBe(c.text.slice(cl.start, cl.end));
  }
}

describe("extractClaims: figures that are claims", () => {
  it.each(POSITIVE)("$language: $text", check);
});

describe("extractClaims: numbers that are not claims", () => {
  it.each(NEGATIVE)("%s", (text, language) => {
    expect(extractClaims({ file: "t.txt", text, language, published: null })).toEqual([]);
  });
});
