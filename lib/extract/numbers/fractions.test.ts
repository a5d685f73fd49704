import { describe, expect, it } from "vitest";
import type { Language } from "../../claims/claim";
import { extractClaims } from "../index";

// One row per phrasing of a figure in words: the sentence, its language, and the claim's low, high and qualifier.
const FIGURES: [string, Language, number | null, number | null, string][] = [
  ["Un million et demi de grévistes ont cessé le travail.", "fr", 1_500_000, 1_500_000, "exact"],
  ["Deux millions et demi de réfugiés ont fui le pays.", "fr", 2_500_000, 2_500_000, "exact"],
  ["Quelque 2,3 millions de réfugiés ont fui le pays.", "fr", 2_300_000, 2_300_000, "approx"],
  ["Plus d'un millier de maisons ont été détruites.", "fr", 1000, null, "at_least"],
  ["Des dizaines de milliers de réfugiés ont fui le pays.", "fr", 10_000, null, "vague"],
  ["Plusieurs centaines de milliers de réfugiés ont fui le pays.", "fr", 200_000, 999_999, "vague"],
  ["Ils étaient plus\nde 2,3 millions de grévistes.", "fr", 2_300_000, null, "at_least"],
  ["Entre environ 800 et 1 200 maisons ont été détruites.", "fr", 800, 1200, "range"],
  ["A million and a half refugees fled the country.", "en", 1_500_000, 1_500_000, "exact"],
  ["Half a million refugees fled the country.", "en", 500_000, 500_000, "exact"],
  ["Up to half a million refugees fled the country.", "en", null, 500_000, "up_to"],
  ["Two and a half million refugees fled the country.", "en", 2_500_000, 2_500_000, "exact"],
  ["Several hundred thousand refugees fled the country.", "en", 200_000, 999_999, "vague"],
  ["Some 2.3 million refugees fled the country.", "en", 2_300_000, 2_300_000, "approx"],
  ["Between about 800 and 8,500 homes were destroyed.", "en", 800, 8500, "range"],
];

describe("figures in words of every size", () => {
  it.each(FIGURES)("%s (%s) → %s–%s %s", (text, language, low, high, qualifier) => {
    const [claim, ...others] = extractClaims({ file: "a.txt", text, language, published: null });
    expect(others).toEqual([]);
    expect([claim?.value.low, claim?.value.high, claim?.qualifier]).toEqual([low, high, qualifier]);
  });
});
