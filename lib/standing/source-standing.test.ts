import { describe, expect, it } from "vitest";
import { sourceStanding } from "./source-standing";

const consensus = { low: 9_000, high: 11_000 };

describe("sourceStanding", () => {
  it.each([
    [{ stance: "denies", point: null, consensus, sourceCount: 4 }, "denies"],
    [{ stance: "asserts", point: 2_600, consensus, sourceCount: 4 }, "below"],
    [{ stance: "asserts", point: 50_000, consensus, sourceCount: 4 }, "above"],
    [{ stance: "asserts", point: 10_000, consensus, sourceCount: 4 }, "within"],
    [{ stance: "asserts", point: 18, consensus: null, sourceCount: 1 }, "alone"],
    [{ stance: "asserts", point: null, consensus, sourceCount: 3 }, "no figure"],
  ] as const)("%j is %s", (input, expected) => {
    expect(sourceStanding(input)).toBe(expected);
  });
});
