// A people counted by its name, though no lexicon lists it: "6,700 Rohingya",
// "50 Afghans". One row per phrasing (invented sentences, in no eval set).
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from ".";

const claimsOf = (language: Language, text: string) => extractClaims({ file: "t.txt", text, language, published: "2023-09-12" });

const COUNTED: [Language, string, number, string, string][] = [
  ["en", "The charity said more than 5,000 Yazidis were killed.", 5000, "Yazidi", "killed"],
  ["en", "Some 300 Uyghurs, the group said, were detained last month.", 300, "Uyghur", "detained"],
  ["en", "An estimated 12,000 Rohingya have been displaced since Friday, the UN said.", 12_000, "Rohingya", "displaced"],
  ["fr", "Au moins 40 Syriens ont été tués, selon l'ONG.", 40, "Syrien", "killed"],
  ["fr", "Plus de 2 000 Tutsis ont été déplacés, d'après le HCR.", 2000, "Tutsi", "displaced"],
];

const NOT_A_PEOPLE: [Language, string, number][] = [
  ["en", "He spoke at 10 Downing Street, officials said.", 10],
  ["fr", "A propos de admin 1314 Articles", 1314],
  ["en", "Police said 3,000 Kursk residents were evacuated.", 3000],
];

describe("a people named after its figure", () => {
  it.each(COUNTED)("(%s) %s", (language, text, low, subject, category) => {
    const claim = claimsOf(language, text).find((c) => c.value.low === low);
    expect([claim?.unit, claim?.subject, claim?.category]).toEqual(["people", subject, category]);
  });

  it.each(NOT_A_PEOPLE)("(%s) %s is no count of a people", (language, text, low) => {
    const claim = claimsOf(language, text).find((c) => c.value.low === low);
    expect(claim?.subject ?? "").not.toMatch(/Downing|Article|Kursk/);
  });
});
