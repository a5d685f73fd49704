// A consensus range from independent sources (one latest figure each).
// With a handful of agencies per question there is not enough history to
// learn how reliable each one is, so the method is simple and explainable:
//  1. "intersection": when every source's range overlaps, the values all of
//     them allow; best is the median clamped into that overlap.
//  2. "majority-overlap": otherwise, each range widened by the agreement
//     tolerance, the values that a strict majority of sources allow
//     (Marzullo's algorithm, as NTP uses to pick the true time from several
//     clocks). One outlier cannot move it, and a vague "several thousand"
//     still counts for the 10,000 it does not rule out.
//  3. "median-mad": with no majority, the median of the best values ± the
//     median absolute deviation (MAD): the median ignores one outlier among
//     five sources where a mean would follow it; MAD is the matching spread.
//  4. "single-source": one source is not a consensus; its own range is shown.
import { AGREEMENT_TOLERANCE } from "./conventions";
import { formatNumber, plural } from "./format";
import { type Consensus } from "./types";

export interface Estimate {
  sourceName: string;
  low: number | null;
  high: number | null;
  point: number;
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function finite(value: number | null, fallback: number): number {
  return value !== null && Number.isFinite(value) ? value : fallback;
}

export function consensusOf(estimates: readonly Estimate[]): Consensus | null {
  const only = estimates[0];
  if (only === undefined) return null;
  if (estimates.length === 1) {
    return {
      low: finite(only.low, only.point),
      best: only.point,
      high: finite(only.high, only.point),
      method: "single-source",
      explanation: `Only ${only.sourceName} gives a figure: its own range is shown, not a consensus.`,
    };
  }
  const points = estimates.map((estimate) => estimate.point).sort((a, b) => a - b);
  const middle = median(points);
  let overlapLow = -Infinity;
  let overlapHigh = Infinity;
  for (const estimate of estimates) {
    overlapLow = Math.max(overlapLow, estimate.low ?? estimate.point);
    overlapHigh = Math.min(overlapHigh, estimate.high ?? estimate.point);
  }
  if (overlapLow <= overlapHigh && Number.isFinite(overlapHigh)) {
    return {
      low: overlapLow,
      best: Math.min(Math.max(middle, overlapLow), overlapHigh),
      high: overlapHigh,
      method: "intersection",
      explanation: `The ranges of all ${plural(estimates.length, "source")} overlap between ${formatNumber(overlapLow)} and ${formatNumber(overlapHigh)}: every source allows these values. Best is the median, kept inside that overlap.`,
    };
  }
  const majority = majorityOverlap(estimates);
  if (majority) return majority;
  const deviations = points.map((point) => Math.abs(point - middle)).sort((a, b) => a - b);
  const mad = median(deviations);
  return {
    low: Math.max(points[0]!, middle - mad),
    best: middle,
    high: Math.min(points[points.length - 1]!, middle + mad),
    method: "median-mad",
    explanation: `Median of ${plural(estimates.length, "independent source")}' latest figures (${formatNumber(middle)}) ± their median absolute deviation (${formatNumber(mad)}). With this few sources no reliability weighting can be learnt; the median resists one outlier where a mean would follow it.`,
  };
}

/** The interval that most sources' widened ranges cover (Marzullo's sweep), when more than half of them do. */
function majorityOverlap(estimates: readonly Estimate[]): Consensus | null {
  const edges = estimates.flatMap((e) => [
    { at: (e.low ?? e.point) * (1 - AGREEMENT_TOLERANCE), opens: 1 },
    { at: (e.high ?? e.point) * (1 + AGREEMENT_TOLERANCE), opens: -1 },
  ]);
  // At equal positions, openings first: touching ranges count as overlapping.
  edges.sort((a, b) => a.at - b.at || b.opens - a.opens);
  let covering = 0;
  let best = { count: 0, low: 0, high: 0 };
  edges.forEach((edge, i) => {
    covering += edge.opens;
    if (edge.opens === 1 && covering > best.count) best = { count: covering, low: edge.at, high: edges[i + 1]?.at ?? edge.at };
  });
  if (best.count * 2 <= estimates.length) return null;
  const finitePoints = estimates.map((e) => e.point).filter((p) => Number.isFinite(p));
  const high = Number.isFinite(best.high) ? best.high : Math.max(best.low, ...finitePoints);
  const inside = finitePoints.filter((p) => p >= best.low && p <= high).sort((a, b) => a - b);
  const point = inside.length ? median(inside) : (best.low + high) / 2;
  return {
    low: Math.round(best.low),
    best: point,
    high: Math.round(high),
    method: "majority-overlap",
    explanation: `${best.count} of ${plural(estimates.length, "independent source")} allow values between ${formatNumber(Math.round(best.low))} and ${formatNumber(Math.round(high))}, each range widened by the ${Math.round(AGREEMENT_TOLERANCE * 100)}% tolerance: the values a majority accepts (Marzullo's algorithm). Best is the median of the figures inside that range. With this few sources no reliability weighting can be learnt; a majority cannot be moved by one outlier.`,
  };
}
