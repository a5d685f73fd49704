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
  { text: "Selon l'état-major, 12 000 soldats sont en route. L'état-major parle de près de 12 000 soldats.", language: "fr", expected: { low: 12000, qualifier: "approx" } },
  { text: "The Pentagon said 9,000 troops were sent. It later spoke of nearly 9,000 troops.", language: "en", expected: { low: 9000, qualifier: "approx" } },
  { text: "Le 3 mars, l'armée a confirmé que 8 000 soldats étaient arrivés. Selon l'armée, 2 000 de ces soldats sont déjà au front.", language: "fr", published: "2025-03-10", nth: 1, expected: { low: 2000, asOf: "2025-03-03" } },
  { text: "Dix mille soldats ont été envoyés en Russie.", language: "fr", expected: { low: 10000, qualifier: "exact", place: "Russia", category: "deployed" } },
  { text: "Selon Kiev, 1 500 soldats sont déjà au Bélarus, en Russie et 4 000 seront envoyés dans le pays en janvier.", language: "fr", nth: 1, expected: { low: 4000, place: "Russia" } },
  { text: "Some 2,000 troops are already in Russia and 6,000 more will reach the country by spring, officials said.", language: "en", nth: 1, expected: { low: 6000, place: "Russia" } },
  { text: "Deux mille six cents militaires sont stationnés à Koursk.", language: "fr", expected: { low: 2600, unit: "soldiers" } },
  { text: "Plus de 3 000 soldats russes ont déserté, d'après le renseignement militaire ukrainien.", language: "fr", expected: { low: 3000, qualifier: "at_least", category: "deserters", source: "gur", subject: "Russian" } },
  { text: "Jusqu'à 15 000 soldats pourraient être envoyés, estime la Maison Blanche.", language: "fr", expected: { low: null, best: 15000, high: 15000, qualifier: "up_to" } },
  { text: "Moins de 500 combattants ont été tués.", language: "fr", expected: { high: 500, qualifier: "at_most", category: "killed" } },
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
  // An agency named past "that"/"que" is spoken of, not speaking.
  { text: "Defense Secretary Pete Hegseth said on Tuesday that Russia had lost 20,000 soldiers near Pokrovsk.", language: "en", expected: { low: 20000, source: "us_dod" } },
  { text: "Le Pentagone a indiqué que la Russie aurait perdu 5 000 hommes en une semaine.", language: "fr", expected: { low: 5000, source: "us_dod" } },
  // An incise speaks for the whole sentence before it, speech verbs included.
  { text: "Moscou prévoit d'envoyer 5 000 hommes supplémentaires, a affirmé mardi le Pentagone.", language: "fr", expected: { low: 5000, source: "us_dod" } },
  { text: "Kyiv plans to send 4,000 more troops to the north, said Russia's defence ministry.", language: "en", expected: { low: 4000, source: "russia_mod" } },
  // "an estimated", "les estimations", "se chiffrent": not speech verbs.
  { text: "South Korea's defence ministry said Pyongyang had sent an estimated 7,000 containers of munitions.", language: "en", expected: { low: 7000, unit: "containers", source: "south_korea_gov" } },
  // Denials: an adverb inside the verb, and an object named sentences before.
  { text: "Moscou a catégoriquement démenti la présence de soldats étrangers sur son sol.", language: "fr", expected: { stance: "denies", source: "russia_gov", low: null } },
  { text: "Seoul said 3,000 troops had been sent. It gave no further detail. Officials in Tokyo were cautious. Moscow dismissed the report on Tuesday.", language: "en", published: "2024-11-07", nth: 1, expected: { stance: "denies", source: "russia_gov", unit: "soldiers", asOf: "2024-11-05" } },
  // Model names qualify the counted noun.
  { text: "Russia fired 40 North Korean KN-23 missiles at Kharkiv.", language: "en", expected: { low: 40, unit: "missiles" } },
  // A list item glossed after a colon.
  { text: "2 500 : le nombre de militaires nord-coréens encore en Russie, selon Séoul.", language: "fr", expected: { low: 2500, unit: "soldiers", source: "nis" } },
  // "Parmi eux", "among them": the figure counts what was counted before.
  { text: "Le Pentagone estime que 9 000 soldats nord-coréens sont en Russie. Parmi eux, 6 000 combattent à Koursk.", language: "fr", nth: 1, expected: { low: 6000, unit: "soldiers" } },
  { text: "About 9,000 North Korean soldiers are in Russia. Among them, 2,000 are artillery crews.", language: "en", nth: 1, expected: { low: 2000, unit: "soldiers" } },
  // A total named before its figure.
  { text: "Kyiv puts Russian losses in the past year at more than 400,000.", language: "en", expected: { low: 400000, qualifier: "at_least", category: "casualties", source: "ukraine_gov" } },
  { text: "Selon l'OTAN, les pertes russes s'élèvent à 600 000.", language: "fr", expected: { low: 600000, category: "casualties", source: "nato" } },
  // Verbs of exceeding are lower bounds.
  { text: "The toll among conscripts has surpassed 1,200 soldiers, the General Staff of the Armed Forces of Ukraine said.", language: "en", expected: { low: 1200, high: null, qualifier: "at_least", source: "ukraine_military" } },
  { text: "Le nombre de blessés dépasse les 800, selon Kiev.", language: "fr", expected: { low: 800, high: null, qualifier: "at_least", category: "injured" } },
  // Casualty words qualifying the people counted.
  { text: "The number of killed and wounded Russian soldiers reached 700,000.", language: "en", expected: { low: 700000, unit: "soldiers", category: "casualties", subject: "Russian" } },
  // "Overnight", "dans la nuit": the publication day.
  { text: "Russia launched 90 drones overnight, Ukraine's air force said.", language: "en", published: "2025-02-10", expected: { low: 90, unit: "drones", source: "ukraine_military", asOf: "2025-02-10" } },
  { text: "La Russie a lancé 60 drones dans la nuit, selon l'armée de l'air ukrainienne.", language: "fr", published: "2025-02-10", expected: { low: 60, source: "ukraine_military", asOf: "2025-02-10" } },
  // "Alors", "at the time": the date given just before.
  { text: "En mars, le Pentagone avait publié une estimation. Le GUR affirmait alors que 2 000 soldats avaient été capturés.", language: "fr", published: "2025-06-01", expected: { low: 2000, source: "gur", asOf: "2025-03" } },
  { text: "Seoul raised the alarm on 4 March. The NIS said at the time that 800 soldiers had been sent.", language: "en", published: "2025-06-01", expected: { low: 800, source: "nis", asOf: "2025-03-04" } },
  // More speech cues and stand-ins for a speaker named before.
  { text: "Western officials say 500 North Korean soldiers deserted.", language: "en", expected: { low: 500, category: "deserters", source: "western_governments" } },
  { text: "South Korea's spy agency briefed lawmakers on Monday. The agency believes 2,000 troops were sent last month.", language: "en", expected: { low: 2000, source: "nis" } },
  { text: "The White House wrote that 1,200 soldiers were captured.", language: "en", expected: { low: 1200, category: "captured", source: "us_gov" } },
];

/** How many claims a text holds: restatements are mentions, not claims. */
const COUNTS: [string, Language, number][] = [
  ["Ukraine captured three North Korean soldiers on Monday, Kyiv said. The three soldiers were taken to a hospital, the SBU said.", "en", 1],
  ["L'Ukraine a capturé deux soldats nord-coréens, selon Kiev. Les deux hommes ont été interrogés par le SBU. L'un des deux prisonniers est blessé.", "fr", 1],
  ["Seoul said more than 13,000 containers had been shipped. Japan said the 13,000 containers held shells.", "en", 1],
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
  ["Russia used the Iskander-M and the KN-24 in the strike.", "en"],
  ["The Kremlin did not deny the presence of foreign troops.", "en"],
  ["Moscou n'a jamais démenti la présence de troupes étrangères.", "fr"],
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

describe("extractClaims: restatements", () => {
  it.each(COUNTS)("%s", (text, language, n) => {
    expect(extractClaims({ file: "t.txt", text, language, published: null })).toHaveLength(n);
  });
});

describe("extractClaims: numbers that are not claims", () => {
  it.each(NEGATIVE)("%s", (text, language) => {
    expect(extractClaims({ file: "t.txt", text, language, published: null })).toEqual([]);
  });
});
