// A consensus range from independent sources (one latest figure each), found
// with the same verdict as the relations (lib/standing/verdict.ts), so a
// source "within the consensus" is one whose figure agrees with it, on every
// page. With a handful of agencies per question there is not enough history
// to learn how reliable each one is, so the method is simple and explainable:
//  1. "intersection": every source's figure agrees with every other's; the
//     range is where they meet.
//  2. "majority-overlap": otherwise, the largest group of sources whose
//     figures all agree with each other, when it is a strict majority. One
//     outlier cannot move it.
//  3. "median-mad": with no majority, the median figure ± the median absolute
//     deviation (MAD): the median ignores one outlier among five sources.
//  4. "single-source": one source is not a consensus; its own range is shown.
// Best is always a figure a source gave when one lies in the range (the lower
// middle one of an even count, never an average two sources did not say), and
// the bounds are rounded outwards to the precision of the figures they come
// from, so no bound looks more precise than its sources.
import { compareFigures, type FigureRange } from "../standing/verdict";
import { MAX_SOURCES_COMPARED } from "./conventions";
import { formatNumber, listNames, plural } from "./format";
import { type Consensus } from "./types";

export interface Estimate {
  sourceName: string;
  low: number | null;
  high: number | null;
  point: number;
  /** True when the source gave the point itself (not the middle of its range). */
  stated?: boolean;
  /** The figure as the source put it ("several thousand (2,000–9,999)"), for the explanation. */
  text?: string;
  /** How many claims the source has: past the comparison cap, the most reported sources are searched. */
  weight?: number;
  /** The claim the figure comes from, so an analyst's verdict on a pair of claims can override the rule. */
  claimId?: number;
}

/** An analyst's verdict on whether two sources' figures agree, where the rule is overridden; undefined leaves it to the rule. */
export type AgreementOverride = (a: Estimate, b: Estimate) => boolean | undefined;

interface Candidate {
  estimate: Estimate;
  range: FigureRange;
  index: number;
}

function rangeOf(estimate: Estimate): FigureRange {
  return { low: estimate.low ?? estimate.point, high: estimate.high ?? estimate.point };
}

/** The lower middle value: with an even count, a figure one source gave rather than the average of two. */
function lowerMedian(sorted: readonly number[]): number {
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** 11,000 → 1,000; 10,000 → 10,000; 2,600 → 100; 30 → 10; fractions → 1. */
export function precisionOf(value: number): number {
  const whole = Math.abs(Math.round(value));
  if (whole === 0 || whole !== Math.abs(value)) return 1;
  let step = 1;
  while (whole % (step * 10) === 0) step *= 10;
  return step;
}

function statedValue(estimate: Estimate): number {
  return estimate.stated === false && estimate.low !== null ? estimate.low : estimate.point;
}

function roundDown(value: number, step: number): number {
  return Math.floor(value / step) * step;
}

function roundUp(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}

/** The largest group whose figures all agree pairwise; ties go to more precise figures, then the narrower span. */
function largestAgreeingGroup(all: readonly Candidate[], override: AgreementOverride): Candidate[] {
  const agree = (a: Candidate, b: Candidate) => override(a.estimate, b.estimate) ?? compareFigures(a.range, b.range).agrees;
  // Past MAX_SOURCES_COMPARED the group is sought among the sources with the
  // most claims, as the relations are: the search is cubic in the sources.
  const candidates = all.length <= MAX_SOURCES_COMPARED ? all : [...all].sort((a, b) => (b.estimate.weight ?? 0) - (a.estimate.weight ?? 0) || a.index - b.index).slice(0, MAX_SOURCES_COMPARED);
  const logs = new Map(candidates.map((candidate) => [candidate, Math.log(Math.max(candidate.estimate.point, 1e-9))]));
  let best: Candidate[] = [];
  let bestPoints = -1;
  let bestSpan = Infinity;
  for (const anchor of candidates) {
    const rest = candidates
      .filter((other) => other !== anchor && agree(anchor, other))
      .sort((a, b) => Math.abs(logs.get(a)! - logs.get(anchor)!) - Math.abs(logs.get(b)! - logs.get(anchor)!) || a.index - b.index);
    const group = [anchor];
    for (const other of rest) if (group.every((member) => agree(member, other))) group.push(other);
    const points = group.filter((member) => member.range.low === member.range.high).length;
    const values = group.map((member) => member.estimate.point);
    const span = Math.max(...values) - Math.min(...values);
    if (group.length > best.length || (group.length === best.length && (points > bestPoints || (points === bestPoints && span < bestSpan)))) {
      best = group;
      bestPoints = points;
      bestSpan = span;
    }
  }
  return best.sort((a, b) => a.index - b.index);
}

/** Where the group's figures meet; when only the tolerance joins two points, the span between them. */
function meetingRange(group: readonly Candidate[]): FigureRange {
  let low = -Infinity;
  let high = Infinity;
  for (const { range } of group) {
    low = Math.max(low, range.low);
    high = Math.min(high, range.high);
  }
  if (low > high) [low, high] = [high, low];
  if (!Number.isFinite(high)) high = Math.max(low, ...group.map((member) => member.estimate.point).filter(Number.isFinite));
  return { low, high };
}

function settle(group: readonly Candidate[], range: FigureRange): { low: number; best: number; high: number } {
  const step = Math.min(...group.map((member) => precisionOf(statedValue(member.estimate))));
  const stated = group
    .filter((member) => member.estimate.stated !== false)
    .map((member) => member.estimate.point)
    .filter((point) => point >= range.low && point <= range.high)
    .sort((a, b) => a - b);
  const all = group.map((member) => member.estimate.point).sort((a, b) => a - b);
  const middle = stated.length > 0 ? lowerMedian(stated) : lowerMedian(all);
  const low = roundDown(range.low, step);
  const high = roundUp(range.high, step);
  const best = stated.length > 0 ? middle : Math.min(high, Math.max(low, Math.round(middle / step) * step));
  return { low, best, high };
}

const describeRange = (low: number, high: number) => (low === high ? formatNumber(low) : `${formatNumber(low)} to ${formatNumber(high)}`);
const figureOf = (candidate: Candidate) => `${candidate.estimate.sourceName} ${candidate.estimate.text ?? formatNumber(candidate.estimate.point)}`;

export function consensusOf(estimates: readonly Estimate[], override: AgreementOverride = () => undefined): Consensus | null {
  const only = estimates[0];
  if (only === undefined) return null;
  const candidates = estimates.map((estimate, index) => ({ estimate, range: rangeOf(estimate), index }));
  if (estimates.length === 1) {
    const range = candidates[0]!.range;
    const high = Number.isFinite(range.high) ? range.high : range.low;
    return {
      low: range.low,
      best: only.point,
      high,
      method: "single-source",
      explanation: `Only ${only.sourceName} gives a figure${only.text ? ` (${only.text})` : ""}: its own figure is shown, not a consensus.`,
    };
  }
  const group = largestAgreeingGroup(candidates, override);
  if (group.length * 2 > estimates.length) {
    const { low, best, high } = settle(group, meetingRange(group));
    const all = group.length === estimates.length;
    const outside = candidates.filter((candidate) => !group.includes(candidate));
    const rule = "two figures agree when their ranges overlap, or, for two single figures, when they are within 15% of each other";
    return {
      low,
      best,
      high,
      method: all ? "intersection" : "majority-overlap",
      explanation: all
        ? `The figures of all ${plural(estimates.length, "source")} agree with each other (${rule}): ${describeRange(low, high)}. Best is the middle figure a source gave.`
        : `${group.length} of ${plural(estimates.length, "source")} give figures that all agree with each other (${listNames(group.map(figureOf))}; ${rule}): ${describeRange(low, high)}. ${listNames(outside.map(figureOf))} ${outside.length === 1 ? "does" : "do"} not agree with them. Best is the middle figure a source gave.`,
    };
  }
  const points = candidates.map((candidate) => candidate.estimate.point).sort((a, b) => a - b);
  const middle = lowerMedian(points);
  const mad = lowerMedian(points.map((point) => Math.abs(point - middle)).sort((a, b) => a - b));
  const step = Math.min(...candidates.map((candidate) => precisionOf(statedValue(candidate.estimate))));
  const low = roundDown(Math.max(points[0]!, middle - mad), step);
  const high = roundUp(Math.min(points[points.length - 1]!, middle + mad), step);
  return {
    low,
    best: middle,
    high,
    method: "median-mad",
    explanation: `No majority of the ${plural(estimates.length, "source")} agree with each other. Shown: the median figure (${formatNumber(middle)}) ± the median absolute deviation of the figures (${formatNumber(mad)}), rounded to their precision. The median resists one outlier where a mean would follow it.`,
  };
}
