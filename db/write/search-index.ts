// Keeps the full-text indexes in one segment each after a bulk write. FTS5
// writes each transaction's words as a new segment and merges them only by
// levels, so an index built by an ingest of many batches is read as a stack of
// segments (20 at 1.6M claims). Every look-up of one claim in the index (the
// search plan that walks the explorer's order and tests each row) then seeks
// in each segment: 0.5 ms a look-up, against 0.04 ms in one merged segment, and
// a first page of a common word costs 210 ms instead of 17. Merging rewrites
// the index (about 20 s for 1.6M claims), so the bulk commands do it once at
// their end; the few segments an upload or a review adds are small.
import type { SqliteDatabase } from "../sqlite";

/** A bulk command that stored or extracted at least this many articles merges the indexes at its end. */
export const MERGE_AFTER_ARTICLES = 200;

export const SEARCH_INDEXES = ["ClaimSearch", "ArticleSearch"] as const;
export type SearchIndexName = (typeof SEARCH_INDEXES)[number];

/** How many segments an index is stored in (its _idx table has a row per segment and leaf page). */
export function searchIndexSegments(db: SqliteDatabase, index: SearchIndexName): number {
  return (db.prepare(`SELECT count(DISTINCT "segid") AS n FROM "${index}_idx"`).get() as { n: number }).n;
}

/** Merges each full-text index that is in more than one segment into one (FTS5's 'optimize'); returns the indexes merged. */
export function mergeSearchIndexes(db: SqliteDatabase): SearchIndexName[] {
  const merged: SearchIndexName[] = [];
  for (const index of SEARCH_INDEXES) {
    if (searchIndexSegments(db, index) <= 1) continue;
    db.prepare(`INSERT INTO "${index}" ("${index}") VALUES ('optimize')`).run();
    merged.push(index);
  }
  return merged;
}
