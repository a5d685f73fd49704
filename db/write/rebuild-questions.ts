import { reachOfQuestions } from "../../lib/comparison/reach";
import { reconcile } from "../../lib/reconcile";
import { reviewQuestions } from "../../lib/review/apply-questions";
import type { Membership, Question, ReconcileClaim } from "../../lib/reconcile/types";
import type { SqliteDatabase } from "../sqlite";
import { insertRows, upsertRows } from "./bulk-insert";
import { pauseFacetCountsOnUpdate } from "./facet-counts";
import { groupByQuestion, loadClaims, orderParentsFirst, toQuestionRow } from "./question-rows";
import { applyReview, markOrphans } from "./review-apply";

/**
 * Sets every claim's question through a temporary table, writing only the
 * claims whose question or reason changed: each write also moves the claim in
 * three indexes, and a new article rarely regroups more than its own claims.
 */
export function writeMemberships(db: SqliteDatabase, memberships: readonly Membership[]) {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS membership ("claimId" INTEGER PRIMARY KEY, "questionId" TEXT, "reason" TEXT)`);
  db.exec(`DELETE FROM membership`);
  insertRows(db, "membership", memberships);
  const count = (sql: string) => db.prepare<[], { n: number }>(sql).get()!.n;
  const changed = count(
    `SELECT COUNT(*) AS n FROM membership m JOIN "Claim" c ON c."id" = m."claimId" WHERE c."questionId" IS NOT m."questionId" OR c."questionReason" IS NOT m."reason"`,
  );
  // Moving most claims (a first ingest) is three times faster without the indexes and the facet counts' trigger, made again after.
  const bulk = changed > count(`SELECT COUNT(*) AS n FROM "Claim"`) / 4;
  const restoreIndexes = bulk ? dropQuestionIndexes(db) : () => {};
  const restoreFacetCounts = bulk ? pauseFacetCountsOnUpdate(db) : () => {};
  db.exec(
    `UPDATE "Claim" SET "questionId" = m."questionId", "questionReason" = m."reason" FROM membership m
      WHERE "Claim"."id" = m."claimId" AND ("Claim"."questionId" IS NOT m."questionId" OR "Claim"."questionReason" IS NOT m."reason")`,
  );
  db.exec(
    `UPDATE "Claim" SET "questionId" = NULL, "questionReason" = NULL
      WHERE "questionId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM membership m WHERE m."claimId" = "Claim"."id")`,
  );
  restoreIndexes();
  restoreFacetCounts();
  db.exec(`DROP TABLE membership`);
}

/** Drops the Claim indexes that hold questionId, returning what puts them back exactly as the migrations made them. */
function dropQuestionIndexes(db: SqliteDatabase): () => void {
  const indexes = db
    .prepare<[], { name: string; sql: string }>(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'index' AND "tbl_name" = 'Claim' AND "sql" LIKE '%"questionId"%'`)
    .all();
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  return () => indexes.forEach(({ sql }) => db.exec(sql));
}

/** Changes whenever another connection commits: a grouping read before such a change must not be written after it. */
function dataVersion(db: SqliteDatabase): number {
  return db.pragma("data_version", { simple: true }) as number;
}

/**
 * Claims that belong to no question: every stored claim gets one when the
 * claims are regrouped (but a rejected one), so any claim without one was stored by a run that
 * stopped (killed, Ctrl-C, disk full) before or during its regrouping.
 */
export function hasUngroupedClaims(db: SqliteDatabase): boolean {
  // A claim an analyst rejected belongs to no question on purpose.
  return db.prepare(`SELECT 1 FROM "Claim" WHERE "questionId" IS NULL AND "reviewStatus" <> 'rejected' LIMIT 1`).get() !== undefined;
}

/** Grouping a snapshot read while another writer stored claims is done again, at most this often, before it is done under the lock. */
const UNLOCKED_TRIES = 3;

/**
 * Regroups every stored claim into questions and replaces the stored questions
 * and relations in one transaction, so pages never see a half-rebuilt state.
 * Analysts' decisions are laid over the machine's claims first (db/write/review-apply.ts),
 * so grouping works on the reviewed claims and every regroup applies them again.
 * Questions are updated in place (their ids are stable keys) and the ones no
 * claim belongs to any more are deleted once their claims have moved, so that
 * no claim is set to null only to be set again. Returns the number of questions.
 *
 * The claims are read and grouped outside the write lock, so that another
 * ingest's batches are not held up for the seconds grouping takes; the write
 * checks, under the lock, that no claim came or went meanwhile, and otherwise
 * groups again (the last try reads under the lock, so it always ends).
 */
export function rebuildQuestions(db: SqliteDatabase): number {
  for (let attempt = 0; attempt < UNLOCKED_TRIES; attempt++) {
    const version = dataVersion(db);
    const grouping = groupClaims(db);
    const written = db
      .transaction(() => {
        if (dataVersion(db) !== version) return false;
        writeGrouping(db, grouping);
        return true;
      })
      .immediate();
    if (written) return grouping.questions.length;
  }
  return db
    .transaction(() => {
      const grouping = groupClaims(db);
      writeGrouping(db, grouping);
      return grouping.questions.length;
    })
    .immediate();
}

export interface Grouping {
  claims: ReconcileClaim[];
  questions: Question[];
  memberships: Membership[];
  orphans: Parameters<typeof markOrphans>[1];
}

function groupClaims(db: SqliteDatabase): Grouping {
  const applied = db.transaction(() => applyReview(db)).immediate();
  const claims = loadClaims(db);
  const review = reviewQuestions(applied.questionDecisions, applied.moves, applied.resolve);
  const result = reconcile(claims, { relocate: review.relocate, vetoed: review.vetoed });
  return { claims, questions: review.revise(result.questions), memberships: result.memberships, orphans: [...applied.orphans, ...review.orphans()] };
}

export function writeGrouping(db: SqliteDatabase, { claims, questions, memberships, orphans }: Grouping) {
  const claimsOf = groupByQuestion(claims, memberships);
  // Parents first, so that every parentId already exists when its child is written.
  const parentOrder = orderParentsFirst(questions);
  // Counted here, from the claims already read, so that the question page need not count them.
  const reach = reachOfQuestions(questions, claimsOf);
  db.exec(`DELETE FROM "Relation"`);
  upsertRows(db, "Question", parentOrder.map((q) => toQuestionRow(q, claimsOf.get(q.id) ?? [], reach.get(q.id)!)), "id");
  const relations = questions.flatMap((q) =>
    q.relations.map((r) => ({ questionId: q.id, type: r.type, claimIds: JSON.stringify(r.claims), explanation: r.explanation })),
  );
  insertRows(db, "Relation", relations);
  writeMemberships(db, memberships);
  db.prepare(`DELETE FROM "Question" WHERE "id" NOT IN (SELECT value FROM json_each(?))`).run(JSON.stringify(questions.map((q) => q.id)));
  db.exec(`UPDATE "Source" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" WHERE "Claim"."sourceId" = "Source"."id")`);
  markOrphans(db, orphans);
}

