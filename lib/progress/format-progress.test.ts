import { describe, expect, it } from "vitest";
import { formatProgress } from "./format-progress";

describe("formatProgress", () => {
  it("shows share, counts, rate and time left", () => {
    expect(formatProgress({ done: 4_500, total: 10_000, elapsedMs: 9_000, unit: "articles" })).toBe(
      "[==========>             ] 45% 4,500/10,000 articles · 500/s · 11 s left",
    );
  });

  it("says done at the end and copes with a start at zero", () => {
    expect(formatProgress({ done: 10, total: 10, elapsedMs: 1_000, unit: "articles" })).toMatch(/100% 10\/10 articles · 10\/s · done$/);
    expect(formatProgress({ done: 0, total: 10, elapsedMs: 0, unit: "articles" })).toMatch(/0% 0\/10 articles · 0\/s · \? left$/);
  });

  it("counts minutes on long runs", () => {
    expect(formatProgress({ done: 1_000, total: 100_000, elapsedMs: 10_000, unit: "articles" })).toMatch(/16 min 30 s left$/);
  });
});
