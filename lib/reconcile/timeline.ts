// A question's figures over time, aggregated per source and date once at
// rebuild, so a page draws a history of any length from a few hundred points.
import type { ReconcileClaim } from "./types";

/** More points than this and the timeline groups by month: a chart cannot show more anyway. */
export const MAX_DAILY_POINTS = 1500;

export interface TimelinePoint {
  sourceId: string | null;
  sourceName: string | null;
  /** ISO date: a day, or a month when grouped. */
  date: string;
  /** True when no claim in the point had an as-of date, so the article's date stands in. */
  articleDate: boolean;
  low: number;
  best: number;
  high: number;
  claims: number;
}

type Bucket = TimelinePoint & { sum: number };

function aggregate(claims: readonly ReconcileClaim[], dateOf: (iso: string) => string): TimelinePoint[] {
  const buckets = new Map<string, Bucket>();
  for (const claim of claims) {
    const iso = claim.asOf ?? claim.published;
    const value = claim.value.best;
    if (!iso || value === null || claim.stance === "denies") continue;
    const date = dateOf(iso);
    const sourceId = claim.source?.id ?? null;
    const key = `${sourceId}\u0000${date}`;
    const bucket = buckets.get(key);
    if (!bucket) {
      buckets.set(key, { sourceId, sourceName: claim.source?.name ?? null, date, articleDate: claim.asOf === null, low: value, best: value, high: value, claims: 1, sum: value });
      continue;
    }
    bucket.low = Math.min(bucket.low, value);
    bucket.high = Math.max(bucket.high, value);
    bucket.sum += value;
    bucket.claims += 1;
    bucket.articleDate &&= claim.asOf === null;
  }
  return [...buckets.values()]
    .map(({ sum, ...point }) => ({ ...point, best: sum / point.claims }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.sourceId ?? "") < (b.sourceId ?? "") ? -1 : 1));
}

/** One point per source and day (per month past MAX_DAILY_POINTS); denials and undated claims are left to the page's words. */
export function timelineOf(claims: readonly ReconcileClaim[]): { points: TimelinePoint[]; byMonth: boolean } {
  const daily = aggregate(claims, (iso) => iso);
  if (daily.length <= MAX_DAILY_POINTS) return { points: daily, byMonth: false };
  return { points: aggregate(claims, (iso) => iso.slice(0, 7)), byMonth: true };
}
