// ClaimFacet (migration facet_counts) counts the claims by the facets'
// columns and is kept by triggers on every write. A write that moves most
// claims at once (a first regrouping) is faster without the per-row trigger:
// the counts are then made again in one pass.
import type { SqliteDatabase } from "../sqlite";

const UPDATE_TRIGGER = "Claim_facet_update";

/** Counts every claim again from scratch. */
export function refillFacetCounts(db: SqliteDatabase): void {
  db.exec(`DELETE FROM "ClaimFacet"`);
  db.exec(
    `INSERT INTO "ClaimFacet" ("sourceId", "category", "outlet", "questionId", "stance", "language", "claims")
       SELECT c."sourceId", c."category", c."outlet", c."questionId", c."stance", a."language", count(*)
         FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" GROUP BY 1, 2, 3, 4, 5, 6`,
  );
}

/**
 * Drops the trigger that follows updates of claims, for a bulk update in the
 * same transaction; the function it returns puts the trigger back and counts
 * again, so the counts are exact when the transaction commits.
 */
export function pauseFacetCountsOnUpdate(db: SqliteDatabase): () => void {
  const trigger = db.prepare<[string], { sql: string }>(`SELECT "sql" FROM sqlite_master WHERE "type" = 'trigger' AND "name" = ?`).get(UPDATE_TRIGGER);
  if (!trigger) return () => {};
  db.exec(`DROP TRIGGER "${UPDATE_TRIGGER}"`);
  return () => {
    db.exec(trigger.sql);
    refillFacetCounts(db);
  };
}
