import { describe, expect, it } from "vitest";
import { buildRangeChartData, fromRangeChartWire, toRangeChartWire } from "./source-range-data";
import { buildTimelineData, fromTimelineWire, toTimelineWire, type TimelineClaim } from "./timeline-data";
import type { SourceFigure } from "@/lib/reconcile/types";

function claim(id: number, source: string | null, asOf: string, low: number, high: number, stance = "asserts"): TimelineClaim {
  return { id, article: 1, value: { low, best: low === high ? low : null, high }, qualifier: low === high ? "exact" : "range", stance, source: source ? { id: source, name: source.toUpperCase() } : null, outlet: "Le Monde", asOf, published: "2024-12-01" };
}

describe("the timeline as the browser receives it", () => {
  const data = buildTimelineData([
    claim(1, "gur", "2024-10-18", 10_000, 12_000),
    claim(2, "nis", "2024-10", 3_000, 3_000),
    claim(3, "gur", "2024-11-04", 11_000, 11_000),
    claim(4, null, "2024-11-04", 2_600, 2_600),
    claim(5, "kremlin", "2024-11-05", 0, 0, "denies"),
  ]);

  it("gives back every series with its points in order, and the denials", () => {
    const back = fromTimelineWire(toTimelineWire(data));
    expect(back).toEqual(data);
    expect(back.series.map((s) => [s.label, s.points.map((p) => p.valueText)])).toEqual([
      ["GUR", ["10,000–12,000", "11,000"]],
      ["NIS", ["3,000"]],
      ["Le Monde (own reporting)", ["2,600"]],
    ]);
    expect(back.denials.map((d) => d.label)).toEqual(["KREMLIN"]);
  });

  it("rounds the plotted numbers only past what a screen draws", () => {
    const averaged = { ...data, series: [{ ...data.series[0]!, points: [{ ...data.series[0]!.points[0]!, value: 10_954.545454545, spread: [954.545454545, 1_045.454545454] as [number, number] }] }] };
    const point = fromTimelineWire(toTimelineWire(averaged)).series[0]!.points[0]!;
    expect([point.value, ...point.spread!]).toEqual([10_954.5, 954.545, 1_045.45]);
  });
});

describe("the range chart as the browser receives it", () => {
  const figure = (claimId: number, sourceId: string, low: number, high: number): SourceFigure =>
    ({ claimId, sourceId, sourceName: sourceId.toUpperCase(), low, best: null, high, point: Math.round((low + high) / 2), qualifier: "range", stance: "asserts", date: "2024-11-01" }) as SourceFigure;

  it("gives back every row as drawn", () => {
    const data = buildRangeChartData([figure(1, "gur", 10_000, 12_000), figure(2, "nis", 2_600, 3_000)], { low: 2_600, best: 10_000, high: 12_000, method: "median" });
    expect(fromRangeChartWire(toRangeChartWire(data))).toEqual(data);
  });
});
