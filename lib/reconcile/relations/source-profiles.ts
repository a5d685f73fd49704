// One pass over a question's claims: per independent source, its distinct
// figures ("buckets": the same figure from the same source, however many
// articles carry it) and its latest claim. Relations then compare buckets,
// not claims, which is what keeps a question with 100,000 claims fast.
import { type ClaimFacts } from "../claim-facts";
import { MAX_FIGURES_PER_SOURCE } from "../conventions";

export interface FigureBucket {
  /** The earliest claim giving this figure: the one others repeat. */
  original: ClaimFacts;
  claims: ClaimFacts[];
}

export interface SourceProfile {
  sourceKey: string;
  sourceName: string;
  claimCount: number;
  latest: ClaimFacts;
  /** Distinct figures, oldest first. */
  buckets: FigureBucket[];
  /** The most recent asserted figures with a value, compared with other sources. */
  recent: FigureBucket[];
  /** The most recent denials. */
  denials: FigureBucket[];
}

/**
 * Recency order (see ClaimFacts.recency): an undated claim is older than any
 * dated one; ties go to the more precise figure, then the higher id, so
 * "latest" is always one well-defined claim.
 */
export function compareRecency(a: ClaimFacts, b: ClaimFacts): number {
  return a.recency - b.recency || a.id - b.id;
}

/** Earliest first, undated last: the original of a repeated figure is its first dated report. */
function compareOriginality(a: ClaimFacts, b: ClaimFacts): number {
  const aStart = a.days?.[0] ?? Infinity;
  const bStart = b.days?.[0] ?? Infinity;
  return aStart !== bStart ? aStart - bStart : a.id - b.id;
}

const sameFigure = (a: ClaimFacts, b: ClaimFacts) => a.denies === b.denies && a.low === b.low && a.high === b.high;

interface SourceBuckets {
  /** Buckets by plotted value (NaN for none); a value's few buckets differ in range or stance. */
  byPoint: Map<number, FigureBucket[]>;
  all: FigureBucket[];
}

export function profileSources(members: readonly ClaimFacts[]): SourceProfile[] {
  const bySource = new Map<string, SourceBuckets>();
  for (const fact of members) {
    let source = bySource.get(fact.sourceKey);
    if (!source) bySource.set(fact.sourceKey, (source = { byPoint: new Map(), all: [] }));
    const pointKey = fact.point ?? NaN;
    let candidates = source.byPoint.get(pointKey);
    if (!candidates) source.byPoint.set(pointKey, (candidates = []));
    const bucket = candidates.find((candidate) => sameFigure(candidate.original, fact));
    if (!bucket) {
      const created = { original: fact, claims: [fact] };
      candidates.push(created);
      source.all.push(created);
    } else {
      bucket.claims.push(fact);
      if (compareOriginality(fact, bucket.original) < 0) bucket.original = fact;
    }
  }
  const profiles: SourceProfile[] = [];
  for (const [sourceKey, source] of bySource) {
    const buckets = source.all.sort((a, b) => compareRecency(a.original, b.original));
    let latest = buckets[0]!.original;
    let claimCount = 0;
    for (const bucket of buckets) {
      claimCount += bucket.claims.length;
      for (const fact of bucket.claims) if (compareRecency(fact, latest) > 0) latest = fact;
    }
    const asserted = buckets.filter((bucket) => !bucket.original.denies && bucket.original.point !== null);
    const denials = buckets.filter((bucket) => bucket.original.denies);
    profiles.push({
      sourceKey,
      sourceName: latest.sourceName,
      claimCount,
      latest,
      buckets,
      recent: asserted.slice(-MAX_FIGURES_PER_SOURCE),
      denials: denials.slice(-MAX_FIGURES_PER_SOURCE),
    });
  }
  return profiles.sort((a, b) => (a.sourceKey < b.sourceKey ? -1 : a.sourceKey > b.sourceKey ? 1 : 0));
}
