// A question's claims as dated points per source, for the timeline chart and
// its table. Runs on the server; the chart gets plain series.
import type { Qualifier } from "@/lib/claims/claim";
import { formatIsoDate } from "@/lib/format/dates";
import { formatValue } from "@/lib/format/numbers";
import type { TimelinePoint as AggregatedPoint } from "@/lib/reconcile/timeline";
import { agencyColor, seriesKey } from "./agency-colors";
import { drawnNumber, fromWireRows, toWireRows, type WireRows } from "./chart-wire";

export interface TimelineClaim {
  id: number;
  article: number;
  value: { low: number | null; best: number | null; high: number | null };
  qualifier: Qualifier;
  stance: string;
  source: { id: string; name: string } | null;
  outlet: string | null;
  asOf: string | null;
  published: string | null;
}

export interface TimelinePoint {
  t: number;
  value: number;
  /** Distance below and above the value to the range's ends, for error bars. */
  spread: [number, number] | null;
  dateText: string;
  /** True when the text gives no date and the article's publication date stands in. */
  articleDate: boolean;
  valueText: string;
  claimId: number;
}

/** Each point carries its source's label and colour once, on its series, not once per point: the chart's data goes to the browser. */
export interface TimelineSeries {
  key: string;
  label: string;
  color: string;
  points: TimelinePoint[];
}

export interface TimelineData {
  series: TimelineSeries[];
  domain: [number, number];
  ticks: number[];
  /** Short spans are ticked by week and labelled by day; longer ones by month. */
  tickUnit: "day" | "month";
  undatedCount: number;
  denials: { label: string; dateText: string; articleDate: boolean; claimId: number }[];
}

/** Points aggregated per source and date (see db/read/timeline.ts) in the shape the timeline draws; ids are negative, for they name no claim. */
export function timelineClaimsFromPoints(points: readonly AggregatedPoint[]): TimelineClaim[] {
  return points.map((p, i) => ({
    id: -(i + 1),
    article: 0,
    value: { low: p.low, best: p.best, high: p.high },
    qualifier: p.low === p.high ? "exact" : "range",
    stance: "asserts",
    source: p.sourceId ? { id: p.sourceId, name: p.sourceName ?? p.sourceId } : null,
    outlet: null,
    asOf: p.articleDate ? null : p.date,
    published: p.articleDate ? p.date : null,
  }));
}

/** Middle of the period a partial date names, so "November 2024" sits mid-month, not on the 1st. */
export function isoToTime(iso: string): number | null {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y) return null;
  if (!m) return Date.UTC(y, 6, 1);
  if (!d) return Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1) / 2 + Date.UTC(y, m - 1, 1) / 2;
  return Date.UTC(y, m - 1, d);
}

function plottedValue(v: TimelineClaim["value"]): number | null {
  if (v.best !== null) return v.best;
  if (v.low !== null && v.high !== null) return v.low > 0 ? Math.round(Math.sqrt(v.low * v.high)) : (v.low + v.high) / 2;
  return v.low ?? v.high;
}

const DAY = 86_400_000;

/** Weekly ticks over short spans, the first of each month over longer ones; about six at most. */
function timeTicks(from: number, to: number): { ticks: number[]; tickUnit: "day" | "month" } {
  const ticks: number[] = [];
  const short = to - from < 100 * DAY;
  if (short) {
    for (let t = Math.ceil(from / DAY) * DAY; t <= to; t += 7 * DAY) ticks.push(t);
  } else {
    const start = new Date(from);
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; Date.UTC(y, m, 1) <= to; m++) ticks.push(Date.UTC(y, m, 1));
  }
  const step = Math.ceil(ticks.length / 6) || 1;
  return { ticks: ticks.filter((_, i) => i % step === 0), tickUnit: short ? "day" : "month" };
}

export function buildTimelineData(claims: readonly TimelineClaim[]): TimelineData {
  const bySource = new Map<string, TimelineSeries>();
  const denials: TimelineData["denials"] = [];
  let undatedCount = 0;
  for (const c of claims) {
    const iso = c.asOf ?? c.published;
    const t = iso ? isoToTime(iso) : null;
    if (t === null || !iso) {
      undatedCount++;
      continue;
    }
    const label = c.source?.name ?? (c.outlet ? `${c.outlet} (own reporting)` : "Article's own voice");
    const common = { dateText: formatIsoDate(iso), articleDate: c.asOf === null };
    if (c.stance === "denies") {
      denials.push({ label, ...common, claimId: c.id });
      continue;
    }
    const value = plottedValue(c.value);
    if (value === null) continue;
    const key = seriesKey(c.source?.id ?? null, label);
    const color = agencyColor(c.source?.id ?? null);
    const series = bySource.get(key) ?? { key, label, color, points: [] };
    const { low, high } = c.value;
    const spread: [number, number] | null = low !== null && high !== null && low !== high ? [value - low, high - value] : null;
    series.points.push({ t, value, spread, ...common, valueText: formatValue(c.value, c.qualifier, c.stance), claimId: c.id });
    bySource.set(key, series);
  }
  const series = [...bySource.values()];
  for (const s of series) s.points.sort((a, b) => a.t - b.t || a.claimId - b.claimId);
  const times = series.flatMap((s) => s.points.map((p) => p.t));
  const min = times.length ? Math.min(...times) : 0;
  const max = times.length ? Math.max(...times) : 0;
  // At least a month of width, so a single date does not sit on the axis edge.
  const pad = Math.max(15 * DAY, (max - min) * 0.08);
  const domain: [number, number] = [min - pad, max + pad];
  return { series, domain, ...timeTicks(domain[0], domain[1]), undatedCount, denials };
}

/** The timeline as the browser receives it: the series named once, every point in one set of columns with its series' index, drawn numbers rounded (see chart-wire.ts). */
export interface TimelineWire extends Omit<TimelineData, "series"> {
  series: Omit<TimelineSeries, "points">[];
  points: WireRows<TimelinePoint & { series: number }>;
}

function drawnPoint(p: TimelinePoint, series: number) {
  return { ...p, value: drawnNumber(p.value), spread: p.spread && ([drawnNumber(p.spread[0]), drawnNumber(p.spread[1])] as [number, number]), series };
}

export function toTimelineWire({ series, ...data }: TimelineData): TimelineWire {
  const points = series.flatMap((s, i) => s.points.map((p) => drawnPoint(p, i)));
  return { ...data, series: series.map(({ points: _, ...named }) => named), points: toWireRows(points) };
}

export function fromTimelineWire({ series, points, ...data }: TimelineWire): TimelineData {
  const drawn: TimelineSeries[] = series.map((s) => ({ ...s, points: [] }));
  for (const { series: i, ...point } of fromWireRows(points)) drawn[i]?.points.push(point);
  return { ...data, series: drawn };
}
