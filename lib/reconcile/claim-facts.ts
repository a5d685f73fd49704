// What reconciliation needs from one claim, derived once: which independent
// source speaks, the range the figure stands for, the value a chart plots,
// and its date. Computed per claim in linear time.
import { type Qualifier } from "../claims/claim";
import { dayRange, type DayRange } from "./dates";
import { PartsMemo } from "./parts-memo";
import { storiesOf } from "./stories";
import { slugify, tidyText } from "./text";
import { type ReconcileClaim } from "./types";

export interface ClaimFacts {
  claim: ReconcileClaim;
  id: number;
  /** Independent-source key: `gur`, `outlet:le-monde`, or `unattributed`. */
  sourceKey: string;
  sourceName: string;
  denies: boolean;
  /** Lower and upper bound the figure allows; upper may be Infinity ("at least"). */
  low: number | null;
  high: number | null;
  /** The plotted value (see pointValue). */
  point: number | null;
  /** True when point was derived from a range rather than given. */
  pointDerived: boolean;
  date: string | null;
  days: DayRange | null;
  /** Sort key for "latest": later start, then later end, then more precise; ties broken by id. */
  recency: number;
  /** The story the claim's article belongs to (stories.ts): questions never mix stories. */
  story: string;
  /** The figure as stated ("about 10,000"), filled in when first shown (format.ts). */
  statedText?: string;
}

interface SourceIdentity {
  key: string;
  name: string;
}

/** Claims without a credited source are the outlet's own voice; all unknown outlets share one voice so they never inflate corroboration. */
function sourceOf(claim: ReconcileClaim): SourceIdentity {
  if (claim.source) return { key: slugify(claim.source.id) || claim.source.id, name: tidyText(claim.source.name) };
  if (claim.outlet) return { key: `outlet:${slugify(claim.outlet)}`, name: `${tidyText(claim.outlet)} (own reporting)` };
  return { key: "unattributed", name: "Unattributed (article's own voice)" };
}

const PRECISION: Record<Qualifier, number> = { exact: 6, approx: 5, range: 4, at_least: 3, at_most: 3, up_to: 3, vague: 1 };

/** Undated claims rank below every dated one. */
function recencyOf(days: DayRange | null, qualifier: Qualifier): number {
  if (days === null) return PRECISION[qualifier] - 8;
  return (days[0] * 512 + Math.min(511, days[1] - days[0])) * 8 + PRECISION[qualifier];
}

/** Lookups repeated for every claim, cached by their input text. */
export interface DescribeCache {
  days: Map<string, DayRange | null>;
  sources: PartsMemo<SourceIdentity>;
}

function boundsOf(value: ReconcileClaim["value"], qualifier: Qualifier): { low: number | null; high: number | null } {
  const { low, best, high } = value;
  // "Thousands" or "millions" name a floor and no ceiling: open-ended like "at least".
  if (qualifier === "at_least" || (qualifier === "vague" && best === null && high === null)) {
    const floor = low ?? best;
    return { low: floor, high: high !== null && floor !== null && high > floor ? high : floor === null ? null : Infinity };
  }
  if (qualifier === "at_most" || qualifier === "up_to") {
    const ceiling = high ?? best;
    return { low: low !== null && ceiling !== null && low < ceiling ? low : ceiling === null ? null : 0, high: ceiling };
  }
  return { low: low ?? best ?? high, high: high ?? best ?? low };
}

/** Two significant figures: a derived point must not look more precise than the words it comes from. */
function roundDerived(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * best when given. Otherwise the stated bound for "at least"/"up to", and the
 * geometric middle of a range: "several thousand" (2,000–9,999) is an order of
 * magnitude, and the geometric middle (~4,500) respects that better than 6,000.
 */
function pointValue(claim: ReconcileClaim, low: number | null, high: number | null): { point: number | null; derived: boolean } {
  if (claim.value.best !== null) return { point: claim.value.best, derived: false };
  if (low === null || high === null) return { point: low ?? high, derived: false };
  if (!Number.isFinite(high)) return { point: low, derived: false };
  if (claim.qualifier === "at_most" || claim.qualifier === "up_to") return { point: high, derived: false };
  if (low === high) return { point: low, derived: false };
  return { point: low > 0 ? roundDerived(Math.sqrt(low * high)) : roundDerived((low + high) / 2), derived: true };
}

export function describeClaim(claim: ReconcileClaim, cache: DescribeCache, story = ""): ClaimFacts {
  const source = cache.sources.get(claim.source ? [claim.source.id, claim.source.name, null] : [null, null, claim.outlet], () => sourceOf(claim));
  const denies = claim.stance === "denies";
  const { low, high } = boundsOf(claim.value, claim.qualifier);
  const { point, derived } = pointValue(claim, low, high);
  const date = claim.asOf ?? claim.published;
  let days: DayRange | null = null;
  if (date !== null) {
    const cached = cache.days.get(date);
    days = cached !== undefined ? cached : dayRange(date);
    if (cached === undefined) cache.days.set(date, days);
  }
  return {
    claim,
    id: claim.id,
    sourceKey: source.key,
    sourceName: source.name,
    denies,
    low,
    high,
    point,
    pointDerived: derived,
    date,
    days,
    recency: recencyOf(days, claim.qualifier),
    story,
    statedText: undefined,
  };
}

/** Facts for every claim, sorted by id so every later step is order-independent. */
export function describeClaims(claims: readonly ReconcileClaim[]): ClaimFacts[] {
  const cache: DescribeCache = { days: new Map(), sources: new PartsMemo() };
  const sorted = [...claims].sort((a, b) => a.id - b.id);
  const stories = storiesOf(sorted);
  return sorted.map((claim) => describeClaim(claim, cache, stories.get(claim.articleId)));
}
