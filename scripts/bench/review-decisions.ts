// What one analyst's decision costs on a database of benchmark size: each is
// stored with its log line and the decisions applied again, and every decision
// that can change a question (all but confirm and a source's kind and country)
// regroups: one on a claim writes again the questions it reaches
// (db/write/regroup-claim.ts), the others every question. Each decision is undone after it is timed, so the
// database is left as the machine made it (the log keeps the lines).
import Database from "better-sqlite3";
import type { SqliteDatabase } from "../../db/sqlite";
import { recordClaimDecision, recordQuestionDecision, recordSourceDecision, undoLastDecision, type Reviewer } from "../../db/write/review-decisions";

const BENCH: Reviewer = { id: null, name: "benchmark" };

export interface DecisionTiming {
  decision: string;
  regroups: boolean;
  ms: number;
  undoMs: number;
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** A claim of the most contested question, and that question, as an analyst meets them first in the review queue. */
function firstOfQueue(db: SqliteDatabase) {
  return db
    .prepare<[], { claimId: number; questionId: string; sourceId: string | null }>(
      `SELECT c."id" AS "claimId", c."questionId" AS "questionId", c."sourceId" AS "sourceId" FROM "Claim" c JOIN "Question" q ON q."id" = c."questionId"
        WHERE c."reviewStatus" = 'unreviewed' AND c."sourceId" IS NOT NULL ORDER BY q."conflictScore" DESC, q."id" LIMIT 1`,
    )
    .get();
}

/** `quick` times a confirmation and a rejection only: one decision that regroups, where a regroup takes minutes in all. */
export function timeReviewDecisions(file: string, quick = false): DecisionTiming[] {
  const db = new Database(file, { timeout: 30_000 });
  db.pragma("journal_mode = WAL");
  try {
    const first = firstOfQueue(db);
    if (!first) throw new Error(`${file} has no claim to review: ingest a corpus first.`);
    const { claimId, questionId, sourceId } = first;
    const decisions: { decision: string; regroups: boolean; run: () => unknown; undo: () => unknown }[] = [
      { decision: "confirm a claim", regroups: false, run: () => recordClaimDecision(db, BENCH, { action: "confirm", claimId }), undo: () => undoLastDecision(db, BENCH, { claimId }) },
      { decision: "reject a claim", regroups: true, run: () => recordClaimDecision(db, BENCH, { action: "reject", claimId, reason: "misread" }), undo: () => undoLastDecision(db, BENCH, { claimId }) },
      { decision: "correct a claim's figure", regroups: true, run: () => recordClaimDecision(db, BENCH, { action: "correct", claimId, changes: { qualifier: "approx" } }), undo: () => undoLastDecision(db, BENCH, { claimId }) },
      { decision: "rename a question", regroups: true, run: () => recordQuestionDecision(db, BENCH, { action: "rename", questionId, label: "Renamed by the benchmark" }), undo: () => undoLastDecision(db, BENCH, { questionId }) },
      { decision: "set a source's kind and country", regroups: false, run: () => recordSourceDecision(db, BENCH, { action: "source_set", sourceId: sourceId!, kind: "other", country: null }), undo: () => undoLastDecision(db, BENCH, { sourceId: sourceId! }) },
      { decision: "rename a source", regroups: true, run: () => recordSourceDecision(db, BENCH, { action: "source_rename", sourceId: sourceId!, name: "Renamed by the benchmark" }), undo: () => undoLastDecision(db, BENCH, { sourceId: sourceId! }) },
    ];
    const chosen = quick ? decisions.slice(0, 2) : decisions;
    return chosen.map(({ decision, regroups, run, undo }) => ({ decision, regroups, ms: timed(run), undoMs: timed(undo) }));
  } finally {
    db.close();
  }
}

export function printReviewTimings(timings: readonly DecisionTiming[]) {
  for (const t of timings) {
    console.log(`review: ${t.decision}${t.regroups ? " (regroups)" : ""}: ${(t.ms / 1000).toFixed(2)} s, its undo ${(t.undoMs / 1000).toFixed(2)} s`);
  }
}

// `tsx scripts/bench/review-decisions.ts FILE [--quick]`: the figures for a database an earlier `npm run bench` loaded.
if (process.argv[1]?.endsWith("review-decisions.ts")) {
  const [file, flag] = process.argv.slice(2);
  if (!file || file === "--help") {
    console.log("Usage: tsx scripts/bench/review-decisions.ts data/bench-N.db [--quick]\nTimes each kind of review decision, and its undo, on that database (--quick: a confirmation and a rejection only); each is undone after it is timed.");
  } else printReviewTimings(timeReviewDecisions(file, flag === "--quick"));
}
