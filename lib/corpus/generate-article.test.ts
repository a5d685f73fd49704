import { describe, expect, it } from "vitest";
import { manifestEntrySchema } from "@/lib/articles/manifest";
import { generateArticle, MAX_BYTES, MIN_BYTES } from "./generate-article";
import { LANGUAGE_TEXTS } from "./language-texts";

const SAMPLE = Array.from({ length: 1000 }, (_, i) => generateArticle(42, i));
const ALL_TEXT = SAMPLE.map((a) => a.text).join("\n");

describe("generateArticle", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    for (const i of [0, 1, 17, 999]) {
      expect(generateArticle(42, i)).toEqual(generateArticle(42, i));
      expect(generateArticle(43, i).text).not.toBe(generateArticle(42, i).text);
    }
  });

  it("mixes French and English about 60/40", () => {
    const fr = SAMPLE.filter((a) => a.manifestEntry.language === "fr").length / SAMPLE.length;
    expect(fr).toBeGreaterThan(0.55);
    expect(fr).toBeLessThan(0.65);
  });

  it("writes valid manifest entries with ISO dates in the corpus period", () => {
    for (const [i, a] of SAMPLE.entries()) {
      const entry = a.manifestEntry;
      expect(manifestEntrySchema.strict().safeParse(entry).success).toBe(true);
      expect(entry.file).toBe(`${String(i).padStart(6, "0")}.txt`);
      expect(entry.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.published >= "2024-09-01" && entry.published <= "2025-06-30").toBe(true);
      expect(["fr", "en"]).toContain(entry.language);
      expect(entry.dateSource).toBe("given");
      expect(entry.dateNote).toBeNull();
      expect(entry.publisher.length).toBeGreaterThan(0);
    }
  });

  it("keeps every article between 1.5 and 5 kB", () => {
    for (const a of SAMPLE) {
      const bytes = Buffer.byteLength(a.text);
      expect(bytes).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(bytes).toBeLessThanOrEqual(MAX_BYTES);
    }
  });

  it("never repeats an article, consecutive or not", () => {
    for (let i = 1; i < SAMPLE.length; i++) expect(SAMPLE[i]?.text).not.toBe(SAMPLE[i - 1]?.text);
    expect(new Set(SAMPLE.map((a) => a.text)).size).toBe(SAMPLE.length);
  });

  it.each([
    ["digit groups with a no-break space", /\d\u00A0\d{3}\b/],
    ["digit groups with a narrow no-break space", /\d\u202F\d{3}\b/],
    ["digit groups with a dot", /\b\d{1,3}\.\d{3}\b/],
    ["digit groups with a comma", /\b\d{1,3},\d{3}\b/],
    ["French number words", /\b(dix|onze|douze|treize|quatorze|quinze|seize|vingt)(-\w+)? mille\b/],
    ["English number words", /\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty) thousand\b/],
    ["French ranges", /entre \d[\d\u00A0\u202F. ]* et \d/],
    ["English ranges", /between \d[\d,]* and \d/],
    ["French approximations", /\b(près de|environ|quelque) \d/],
    ["English bounds", /\b(at least|more than|up to) \d/],
    ["vague French amounts", /plusieurs (milliers|centaines)/],
    ["vague English amounts", /\b(thousands|hundreds) of North Korean/],
    ["millions", /\d(,\d)? millions? d'obus|\d(\.\d)? million (artillery )?(shells|rounds)/],
    ["attribution carried from the previous sentence", /Selon (eux|lui|elle)|According to (them|him|her|it)/],
    ["denials", /démenti|denied the reports|dismissed the reports/],
    ["relative dates", /\b(lundi|mardi|hier|fin (novembre|décembre)|last week|on Monday|in late)\b/],
    ["a first contingent", /premier contingent|first (contingent|group)/],
    ["non-claim numbers", /article 4|Article 4|\d+ ans\b|\d+ km\b/],
  ])("contains %s", (_label, pattern) => {
    expect(ALL_TEXT).toMatch(pattern);
  });

  it("has at least 25 claim templates per language", () => {
    expect(LANGUAGE_TEXTS.fr.claims.length).toBeGreaterThanOrEqual(25);
    expect(LANGUAGE_TEXTS.en.claims.length).toBeGreaterThanOrEqual(25);
  });

  it("leaves no empty-slot debris in sentences", () => {
    expect(ALL_TEXT).not.toMatch(/ {2}[^•]|\s[,.](?!\d)|,,|undefined|NaN|\[object/);
  });
});
