import { describe, expect, it } from "vitest";
import { buildClaims } from "./fixtures/claim-builder";
import { MAX_DAILY_POINTS, timelineOf } from "./timeline";

const GUR: [string, string] = ["gur", "GUR"];
const NIS: [string, string] = ["nis", "NIS"];

describe("timelineOf", () => {
  it("gives one point per source and date, averaging repeats and keeping their spread", () => {
    const { points, byMonth } = timelineOf(
      buildClaims([
        { id: 1, value: 10_000, source: GUR, asOf: "2024-10-20" },
        { id: 2, value: 12_000, source: GUR, asOf: "2024-10-20" },
        { id: 3, value: 10_000, source: NIS, published: "2024-10-23" },
        { id: 4, value: null, stance: "denies", source: ["kremlin", "Kremlin"], asOf: "2024-10-24" },
        { id: 5, value: 3_000, source: NIS },
      ]),
    );
    expect(byMonth).toBe(false);
    expect(points).toEqual([
      { sourceId: "gur", sourceName: "GUR", date: "2024-10-20", articleDate: false, low: 10_000, best: 11_000, high: 12_000, claims: 2 },
      { sourceId: "nis", sourceName: "NIS", date: "2024-10-23", articleDate: true, low: 10_000, best: 10_000, high: 10_000, claims: 1 },
    ]);
  });

  it("groups by month when the days are too many to draw", () => {
    const specs = Array.from({ length: MAX_DAILY_POINTS + 10 }, (_, i) => ({
      id: i + 1,
      value: 1_000 + i,
      source: [`s${i % 7}`, `Source ${i % 7}`] as [string, string],
      asOf: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
    }));
    const { points, byMonth } = timelineOf(buildClaims(specs));
    expect(byMonth).toBe(true);
    expect(points.every((p) => /^\d{4}-\d{2}$/.test(p.date))).toBe(true);
    expect(points.reduce((n, p) => n + p.claims, 0)).toBe(specs.length);
  });
});
