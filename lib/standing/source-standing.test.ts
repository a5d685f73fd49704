import { describe, expect, it } from "vitest";
import { sourceStanding, type StandingInput } from "./source-standing";
import { compareFigures } from "./verdict";

const consensus = { low: 10_000, high: 11_000 };

describe("sourceStanding", () => {
  it.each<[string, StandingInput, string]>([
    ["a denial", { stance: "denies", point: null, consensus, sourceCount: 4 }, "denies"],
    ["a smaller point", { stance: "asserts", point: 2_600, consensus, sourceCount: 4 }, "below"],
    ["a larger point", { stance: "asserts", point: 50_000, consensus, sourceCount: 4 }, "above"],
    ["a point inside", { stance: "asserts", point: 10_000, consensus, sourceCount: 4 }, "within"],
    ["a point within tolerance of the range's edge", { stance: "asserts", point: 12_000, consensus: { low: 12_500, high: 12_500 }, sourceCount: 3 }, "within"],
    ["several thousand (2,000–9,999) against 10,000–11,000: no overlap, below, whatever its plotted middle", { stance: "asserts", low: 2_000, high: 9_999, point: 4_500, consensus, sourceCount: 5 }, "below"],
    ["thousands (1,000 or more) overlaps", { stance: "asserts", low: 1_000, high: Infinity, point: 1_000, consensus, sourceCount: 5 }, "within"],
    ["one source", { stance: "asserts", point: 18, consensus: null, sourceCount: 1 }, "alone"],
    ["no figure", { stance: "asserts", point: null, consensus, sourceCount: 3 }, "no figure"],
  ])("%s", (_, input, expected) => expect(sourceStanding(input)).toBe(expected));
});

describe("compareFigures: one verdict for a pair of figures", () => {
  it.each([
    ["11,000 and 10,000: two points 9% apart agree", { low: 11_000, high: 11_000 }, { low: 10_000, high: 10_000 }, true, "tolerance"],
    ["5,000 and 50,000 do not", { low: 5_000, high: 5_000 }, { low: 50_000, high: 50_000 }, false, "tolerance"],
    ["several thousand and 10,000: a range against a point is overlap or not", { low: 2_000, high: 9_999 }, { low: 10_000, high: 10_000 }, false, "overlap"],
    ["several thousand and 11,000", { low: 2_000, high: 9_999 }, { low: 11_000, high: 11_000 }, false, "overlap"],
    ["several thousand and 3,000", { low: 2_000, high: 9_999 }, { low: 3_000, high: 3_000 }, true, "overlap"],
    ["thousands and 11,000", { low: 1_000, high: Infinity }, { low: 11_000, high: 11_000 }, true, "overlap"],
    ["two overlapping ranges", { low: 2_600, high: 3_000 }, { low: 2_000, high: 9_999 }, true, "overlap"],
  ] as const)("%s", (_, a, b, agrees, by) => {
    expect(compareFigures(a, b)).toMatchObject({ agrees, by });
    expect(compareFigures(b, a).agrees).toBe(agrees);
  });
});
