import { describe, expect, it } from "vitest";
import { conflictScore } from "./conflict-score";
import { consensusOf } from "./consensus";
import { formatNumber } from "./format";
import { questionLabel } from "./label";
import { canonicalPlace, placeAncestors } from "./places";
import { keyOfClaim } from "./question-key";
import { buildClaim } from "./fixtures/claim-builder";

describe("places", () => {
  it.each([
    ["Koursk", "Kursk region"],
    ["région de Koursk", "Kursk region"],
    ["Russie", "Russia"],
    ["Sosnovy Bor", "Buryatia"],
    ["Somewhere  else", "Somewhere else"],
  ])("reads %s as %s", (raw, place) => expect(canonicalPlace(raw)).toBe(place));

  it("knows that regions sit inside their country", () => {
    expect(placeAncestors("Kursk region")).toEqual(["Russia"]);
    expect(placeAncestors("Donetsk region")).toEqual(["Ukraine"]);
    expect(placeAncestors("Atlantis")).toEqual([]);
  });
});

describe("question keys and labels", () => {
  it("merges stock states and splits part-states", () => {
    const training = keyOfClaim(buildClaim({ id: 1, value: 1, place: "Russia", state: "training", source: null }));
    const sent = keyOfClaim(buildClaim({ id: 2, value: 1, place: "Russie", state: "being sent", unit: "troops", subject: "nord-coréens", source: null }));
    const already = keyOfClaim(buildClaim({ id: 3, value: 1, place: "Russia", state: "already there", source: null }));
    expect(sent.keyString).toBe(training.keyString);
    expect(already.keyString).not.toBe(training.keyString);
    expect(training.reason).toBe('deployed · soldiers · North Korean · Russia (state "training" counts toward the same total)');
  });

  it.each([
    [{ category: "deployed" as const, place: "Kursk region" }, "North Korean troops in the Kursk region"],
    [{ category: "casualties" as const, place: null }, "North Korean soldiers killed or wounded"],
    [{ category: "casualties" as const, place: null, state: "killed" }, "North Korean soldiers killed"],
    [{ category: "deserters" as const, place: null }, "North Korean deserters"],
  ])("labels %o as %s", (spec, label) => {
    expect(questionLabel(keyOfClaim(buildClaim({ id: 1, value: 1, source: null, ...spec })).key)).toBe(label);
  });
});

describe("consensus", () => {
  it("uses the intersection when every range overlaps", () => {
    const consensus = consensusOf([
      { sourceName: "A", low: 8000, high: 12000, point: 10000 },
      { sourceName: "B", low: 9000, high: 11000, point: 11000 },
    ]);
    // Best is a figure a source gave, never the 10,500 average of two.
    expect(consensus).toMatchObject({ method: "intersection", low: 9000, high: 11000, best: 10000 });
  });

  it("takes the values a majority allows when the ranges do not all overlap, and resists an outlier", () => {
    const consensus = consensusOf([10000, 11000, 10500, 50000].map((point, i) => ({ sourceName: `S${i}`, low: point, high: point, point })));
    expect(consensus).toMatchObject({ method: "majority-overlap", best: 10500 });
    expect(consensus!.low).toBeGreaterThan(9000);
    expect(consensus!.high).toBeLessThan(12000);
  });

  it("judges a vague range by overlap, as the relations do: several thousand is not in the 10,000–11,000 consensus", () => {
    const consensus = consensusOf([
      { sourceName: "GUR", low: 11000, high: 11000, point: 11000 },
      { sourceName: "NIS", low: 10000, high: 10000, point: 10000 },
      { sourceName: "ISW", low: 2000, high: 9999, point: 4500, stated: false },
      { sourceName: "Outlet", low: 1000, high: Infinity, point: 1000, stated: false },
    ]);
    expect(consensus).toMatchObject({ method: "majority-overlap", low: 10000, best: 10000, high: 11000 });
    expect(consensus!.explanation).toContain("3 of 4 sources");
    expect(consensus!.explanation).toContain("ISW");
  });

  it("rounds bounds to the precision of the figures they come from, never to tolerance artefacts", () => {
    const consensus = consensusOf([
      { sourceName: "GUR", low: 11000, high: 11000, point: 11000 },
      { sourceName: "NIS", low: 10000, high: 10000, point: 10000 },
      { sourceName: "Outlet", low: 1000, high: Infinity, point: 1000, stated: false },
      { sourceName: "ISW", low: 2000, high: 9999, point: 4500, stated: false },
      { sourceName: "Western governments", low: 2000, high: 9999, point: 4500, stated: false },
    ]);
    // Not "9,350 to 11,499", the edges of ranges widened by a tolerance.
    expect(consensus).toMatchObject({ low: 10000, high: 11000 });
    const tight = consensusOf([
      { sourceName: "A", low: 2600, high: 3100, point: 2800, stated: false },
      { sourceName: "B", low: 2000, high: 9999, point: 4500, stated: false },
    ]);
    expect(tight).toMatchObject({ low: 2600, high: 3100 });
  });

  it("falls back to the median figure ± MAD when no majority agrees, and the median is one a source gave", () => {
    const consensus = consensusOf([1000, 5000, 20000, 80000].map((point, i) => ({ sourceName: `S${i}`, low: point, high: point, point })));
    expect(consensus).toMatchObject({ method: "median-mad", best: 5000 });
  });

  it("says when there is only one source", () => {
    expect(consensusOf([{ sourceName: "GUR", low: 30, high: Infinity, point: 30 }])).toMatchObject({ method: "single-source", low: 30, high: 30 });
    expect(consensusOf([])).toBeNull();
  });
});

describe("conflict score", () => {
  it("ranks contradiction above agreement and stays in [0, 1]", () => {
    const agreeing = conflictScore({ comparedPairs: 1, contradictingPairs: 0, points: [10000, 11000], hasDenial: false, hasAssertion: true });
    const contradicting = conflictScore({ comparedPairs: 1, contradictingPairs: 1, points: [5000, 50000], hasDenial: false, hasAssertion: true });
    const everything = conflictScore({ comparedPairs: 3, contradictingPairs: 3, points: [1, 1e9], hasDenial: true, hasAssertion: true });
    expect(agreeing).toBeLessThan(0.1);
    expect(contradicting).toBeGreaterThan(0.7);
    expect(everything).toBeLessThanOrEqual(1);
  });
});

describe("formatNumber", () => {
  it.each([
    [11000, "11,000"],
    [1234567.891, "1,234,567.89"],
    [2.5, "2.5"],
    [18, "18"],
  ])("formats %d as %s", (value, text) => expect(formatNumber(value)).toBe(text));
});
