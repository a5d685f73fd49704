import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "../../lib/claims/claim";
import type { GoldClaim } from "./gold";
import { asOfIsRight, foldName, poolScores, scoreSet, sourceIsRight } from "./score";

// A two-article set made by hand: a turnout given by the police and by a union,
// the union disputing the police figure, and a death toll in the article's own voice.
const TEXT_FR = "Selon la police, 12 000 manifestants ont défilé jeudi; 40 000 selon la CGT. La CGT conteste ce chiffre.";
const TEXT_EN = "At least 30 people were killed on Tuesday.";

function span(text: string, part: string) {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

function gold(file: string, text: string, quote: string, over: Partial<GoldClaim>): GoldClaim {
  return { file, quote, ...span(text, quote), value_low: null, value_high: null, as_of: null, stance: "asserts", source: null, ...over };
}

function claim(file: string, text: string, quote: string, over: Partial<ExtractedClaim>): ExtractedClaim {
  return {
    file,
    quote,
    ...span(text, quote),
    mentions: [],
    value: { low: null, best: null, high: null },
    qualifier: "exact",
    unit: "people",
    category: "other",
    measure: "",
    scope: { place: null, group: null, state: null },
    subject: null,
    source: null,
    asOf: null,
    asOfPrecision: null,
    stance: "asserts",
    ...over,
  };
}

const GOLD: GoldClaim[] = [
  gold("fr.txt", TEXT_FR, "12 000 manifestants", { value_low: 12000, value_high: 12000, source: ["police", "préfecture de police"], as_of: "2016-05-26" }),
  gold("fr.txt", TEXT_FR, "40 000 selon la CGT", { value_low: 40000, value_high: 40000, source: ["CGT", "Confédération générale du travail"], as_of: "2016-05-26" }),
  gold("fr.txt", TEXT_FR, "La CGT conteste ce chiffre", { stance: "denies", source: ["CGT"] }),
  gold("en.txt", TEXT_EN, "At least 30 people were killed", { value_low: 30, value_high: null, as_of: "2020-08" }),
];

const val = (low: number | null, high: number | null) => ({ value: { low, best: low, high } });

describe("scoreSet on a hand-made set", () => {
  const predicted = [
    claim("fr.txt", TEXT_FR, "12 000 manifestants", { ...val(12000, 12000), source: { id: "police", name: "la Police" }, asOf: "2016-05-26" }),
    // Right figure, wrong speaker and a date only to the month.
    claim("fr.txt", TEXT_FR, "40 000", { ...val(40000, 40000), source: { id: "police", name: "police" }, asOf: "2016-05" }),
    // Wrong value on the death toll: a miss and a false positive.
    claim("en.txt", TEXT_EN, "30 people", val(30, 30)),
    // A figure the gold does not have.
    claim("en.txt", TEXT_EN, "Tuesday", val(2, 2)),
  ];
  const s = scoreSet(GOLD, predicted, 2);

  it("counts matches, misses and false positives", () => {
    expect([s.gold, s.predicted, s.matched]).toEqual([4, 4, 2]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBe(0.5);
    expect(s.misses.map((g) => g.quote)).toEqual(["La CGT conteste ce chiffre", "At least 30 people were killed"]);
    expect(s.falsePositives.map((c) => c.quote)).toEqual(["30 people", "Tuesday"]);
  });

  it("scores sources, denials and as-of dates of the matched claims only", () => {
    expect(s.source).toEqual({ right: 1, of: 2 });
    expect(s.denials).toEqual({ right: 0, of: 1 });
    expect(s.asOf).toEqual({ right: 1, of: 2 });
  });

  it("matches a gold denial with a predicted denial, not with an assertion", () => {
    const denial = claim("fr.txt", TEXT_FR, "conteste ce chiffre", { stance: "denies", source: { id: "cgt", name: "CGT" } });
    const assertion = claim("fr.txt", TEXT_FR, "La CGT conteste", {});
    expect(scoreSet([GOLD[2]!], [assertion], 1).matched).toBe(0);
    const scored = scoreSet([GOLD[2]!], [denial], 1);
    expect([scored.matched, scored.denials.right, scored.source.right]).toEqual([1, 1, 1]);
  });

  it("pools sets by adding counts, not by averaging rates", () => {
    const other = scoreSet(GOLD.slice(0, 1), [predicted[0]!], 1);
    const pooled = poolScores([s, other]);
    expect([pooled.gold, pooled.predicted, pooled.matched, pooled.articles]).toEqual([5, 5, 3, 3]);
    expect(pooled.f1).toBeCloseTo(0.6);
  });
});

describe("source names, as a reader compares them", () => {
  it.each([
    [["CGT"], { id: "cgt", name: "la CGT" }, true],
    [["Confédération générale du travail"], { id: "x", name: "confederation generale du Travail" }, true],
    [["préfecture de police"], { id: "prefecture_de_police", name: "Préfecture" }, true],
    [["ministère de l'Intérieur"], { id: "m", name: "le ministère de l’Intérieur" }, true],
    [["the organisers"], { id: "organisateurs", name: "organisers" }, true],
    [["Lebanese health ministry"], { id: "health", name: "Lebanese Red Cross" }, false],
    [["police"], null, false],
    [null, { id: "police", name: "police" }, false],
    [null, null, true],
  ])("%j against %j is %s", (accepted, source, right) => {
    expect(sourceIsRight(accepted, source)).toBe(right);
  });

  it("folds case, accents, punctuation and determiners", () => {
    expect(foldName("L'Organisation des Nations unies")).toBe("organisation nations unies");
    expect(foldName("South Korea's NIS")).toBe("south korea nis");
  });
});

describe("as-of dates", () => {
  it.each([
    ["2016-05-26", "2016-05-26", true],
    ["2016-05", "2016-05-26", true],
    ["2016-05-26", "2016-05", false],
    ["2016-05-26", null, false],
    [null, "2016-05-26", null],
  ])("gold %s, predicted %s: %s", (g, p, right) => {
    expect(asOfIsRight(g, p)).toBe(right);
  });
});
