// Turns a question's per-source figures into the rows the range chart and its
// table draw. Runs on the server, so the client chart receives only these
// small plain rows.
import type { Qualifier } from "@/lib/claims/claim";
import { formatIsoDate } from "@/lib/format/dates";
import { formatValue } from "@/lib/format/numbers";
import type { SourceFigure } from "@/lib/reconcile/types";
import { agencyColor, seriesKey } from "./agency-colors";
import { fromWireRows, toWireRows, type WireRows } from "./chart-wire";

/** How a row is drawn: a marker, a bar with a marker, a bar open at one end, or a denial label. */
export type RangeKind = "exact" | "range" | "at-least" | "at-most" | "denies" | "no-figure";

export interface RangeRow {
  key: string;
  name: string;
  color: string;
  kind: RangeKind;
  /** [from, to] of the drawn bar; null when the row has no bar. */
  range: [number, number] | null;
  /** Where the marker sits: the best value, or the value derived from a range. */
  point: number | null;
  pointDerived: boolean;
  /** Anchor of a denial label on the value axis (its origin). */
  denyAt: number | null;
  valueText: string;
  qualifier: Qualifier;
  dateText: string | null;
  claimId: number;
  /** The analyst's review of the plotted claim, in words, when the page knows it. */
  reviewText: string | null;
}

/** The consensus as stored: the method is a plain string once read back from the database. */
export interface ConsensusLike {
  low: number;
  best: number;
  high: number;
  method: string | null;
}

export interface RangeChartData {
  rows: RangeRow[];
  /** Upper end of the value axis; open "at least" bars run up to it. */
  domainMax: number;
  consensus: { low: number; high: number; best: number } | null;
}

function kindOf(f: SourceFigure): RangeKind {
  if (f.stance === "denies") return "denies";
  if (f.point === null && f.low === null && f.high === null) return "no-figure";
  if (f.qualifier === "at_least" || (f.qualifier === "vague" && f.high === null)) return "at-least";
  if (f.qualifier === "at_most" || f.qualifier === "up_to") return "at-most";
  if (f.low !== null && f.high !== null && f.low !== f.high) return "range";
  return "exact";
}

function barOf(kind: RangeKind, f: SourceFigure, domainMax: number): [number, number] | null {
  if (kind === "range") return [f.low!, f.high!];
  if (kind === "at-least") return [f.low ?? f.point ?? 0, domainMax];
  if (kind === "at-most") return [f.low ?? 0, f.high ?? f.point ?? 0];
  return null;
}

/** Rounds up to 1, 2, 2.5 or 5 × a power of ten, so the last tick is a round number. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}

function largestValue(figures: readonly SourceFigure[], consensus: ConsensusLike | null): number {
  let largest = consensus?.high ?? 0;
  for (const f of figures) {
    if (f.stance === "denies") continue;
    for (const v of [f.low, f.best, f.high, f.point]) if (v !== null && Number.isFinite(v)) largest = Math.max(largest, v);
  }
  return largest;
}

export function buildRangeChartData(figures: readonly SourceFigure[], consensus: ConsensusLike | null, reviewOf: (claimId: number) => string | null = () => null): RangeChartData {
  const largest = largestValue(figures, consensus);
  // Head-room so an open "at least" bar visibly runs on past its stated bound.
  const hasOpenBar = figures.some((f) => kindOf(f) === "at-least");
  const domainMax = niceCeiling(largest * (hasOpenBar ? 1.5 : 1.05));
  const rows = figures.map((f): RangeRow => {
    const kind = kindOf(f);
    return {
      key: f.narrower ? `${seriesKey(f.sourceId, f.sourceName)}-${f.narrower.questionId}` : seriesKey(f.sourceId, f.sourceName),
      // A narrower place's figure is a part of this total: its place is said with its name.
      name: f.narrower ? `${f.sourceName} (${f.narrower.scope}, a part)` : f.sourceName,
      color: agencyColor(f.sourceId),
      kind,
      range: barOf(kind, f, domainMax),
      point: kind === "denies" ? null : f.point,
      pointDerived: f.best === null && f.point !== null && kind === "range",
      denyAt: kind === "denies" ? 0 : null,
      valueText: formatValue(f, f.qualifier, f.stance),
      qualifier: f.qualifier,
      dateText: f.date ? formatIsoDate(f.date) : null,
      claimId: f.claimId,
      reviewText: reviewOf(f.claimId),
    };
  });
  // Largest figure on top; denials and empty rows last, where they do not break the ranking.
  rows.sort((a, b) => (b.point ?? -Infinity) - (a.point ?? -Infinity) || a.name.localeCompare(b.name));
  const showConsensus = consensus !== null && consensus.method !== "single-source" && consensus.low < consensus.high;
  return { rows, domainMax, consensus: showConsensus ? { low: consensus.low, high: consensus.high, best: consensus.best } : null };
}

/** The chart's data as the browser receives it: its rows as columns (see chart-wire.ts). */
export interface RangeChartWire extends Omit<RangeChartData, "rows"> {
  rows: WireRows<RangeRow>;
}

export function toRangeChartWire(data: RangeChartData): RangeChartWire {
  return { ...data, rows: toWireRows(data.rows) };
}

export function fromRangeChartWire(wire: RangeChartWire): RangeChartData {
  return { ...wire, rows: fromWireRows(wire.rows) };
}
