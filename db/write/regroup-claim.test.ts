// A decision on one claim rebuilds only the questions it can reach: after
// each decision (and each undo) on the seed claims in a real SQLite file, the
// questions, relations, memberships, source counts and decision marks are
// those a regroup of every claim from nothing gives.
import Database from "better-sqlite3";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase, type SeededDatabase } from "../../test/seeded-database";
import type { SqliteDatabase } from "../sqlite";
import { rebuildQuestions } from "./rebuild-questions";
import { recordClaimDecision, undoLastDecision, type Reviewer } from "./review-decisions";

const ana: Reviewer = { id: "u1", name: "Ana Analyst" };

let temp: SeededDatabase;
let db: SqliteDatabase;

beforeAll(async () => {
  temp = await createSeededDatabase();
  db = temp.db;
});
afterAll(() => temp.close());

/** Everything a regroup writes, in an order that does not depend on the order it was written in. */
function grouped(on: SqliteDatabase) {
  const all = (sql: string) => on.prepare(sql).all();
  return {
    questions: all(`SELECT * FROM "Question" ORDER BY "id"`),
    relations: all(`SELECT "questionId", "type", "claimIds", "explanation" FROM "Relation" ORDER BY "questionId", "id"`),
    claims: all(`SELECT "id", "questionId", "questionReason", "reviewStatus" FROM "Claim" ORDER BY "id"`),
    facets: all(`SELECT "questionId", "sourceId", "outlet", "category", "stance", "language", "claims" FROM "ClaimFacet" WHERE "claims" > 0 ORDER BY "questionId", "sourceId", "outlet", "category", "stance", "language"`),
    sources: all(`SELECT "id", "claimCount" FROM "Source" ORDER BY "id"`),
    decisions: all(`SELECT "id", "orphaned" FROM "Decision" ORDER BY "id"`),
  };
}

/** The same database regrouped from nothing: no question, no relation, no claim in any question. */
function regroupedFromScratch() {
  const file = path.join(path.dirname(temp.file), "scratch.db");
  rmSync(file, { force: true });
  db.prepare(`VACUUM INTO ?`).run(file);
  const copy = new Database(file);
  try {
    copy.exec(`DELETE FROM "Relation"; UPDATE "Claim" SET "questionId" = NULL, "questionReason" = NULL; DELETE FROM "Question"`);
    rebuildQuestions(copy);
    return grouped(copy);
  } finally {
    copy.close();
  }
}

/** Runs a decision and checks it against a regroup from nothing; says whether it wrote only some questions again. */
function decide(run: () => unknown): boolean {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS written ("id" TEXT); DELETE FROM written;
           CREATE TEMP TRIGGER IF NOT EXISTS question_written AFTER UPDATE ON "Question" BEGIN INSERT INTO written VALUES (new."id"); END;`);
  run();
  expect(grouped(db)).toEqual(regroupedFromScratch());
  const count = (sql: string) => db.prepare<[], { n: number }>(sql).get()!.n;
  return count(`SELECT COUNT(DISTINCT "id") AS n FROM written`) < count(`SELECT COUNT(*) AS n FROM "Question"`);
}

interface Candidate {
  id: number;
  questionId: string;
  sourceId: string;
}

/** A sourced claim of the question with the most claims, and one of another sourced question. */
function candidates(): Candidate[] {
  return db
    .prepare<[], Candidate>(
      `SELECT c."id", c."questionId", c."sourceId" FROM "Claim" c JOIN "Question" q ON q."id" = c."questionId"
        WHERE c."sourceId" IS NOT NULL AND c."stance" <> 'denies' AND c."reviewStatus" = 'unreviewed' ORDER BY q."claimCount" DESC, c."id"`,
    )
    .all();
}

describe("a decision on one claim regroups as a full regroup would", () => {
  it("starts from a database a full regroup made", () => {
    expect(grouped(db)).toEqual(regroupedFromScratch());
  });

  it("a rejection and its undo rebuild only the questions they reach", () => {
    const claim = candidates()[0]!;
    expect(decide(() => recordClaimDecision(db, ana, { action: "reject", claimId: claim.id, reason: "misread" }))).toBe(true);
    expect(decide(() => undoLastDecision(db, ana, { claimId: claim.id }))).toBe(true);
  });

  it("a corrected figure and qualifier, and their undo", () => {
    const claim = candidates()[1]!;
    expect(decide(() => recordClaimDecision(db, ana, { action: "correct", claimId: claim.id, changes: { value: { low: 4321, best: 4321, high: 4321 }, qualifier: "approx" } }))).toBe(true);
    expect(decide(() => undoLastDecision(db, ana, { claimId: claim.id }))).toBe(true);
  });

  it("a corrected source, to another of the registry and to a new one, and their undo", () => {
    const [claim, other] = [candidates()[2]!, candidates().find((c) => c.sourceId !== candidates()[2]!.sourceId)!];
    decide(() => recordClaimDecision(db, ana, { action: "correct", claimId: claim.id, changes: { source: { id: other.sourceId, name: other.sourceId } } }));
    decide(() => recordClaimDecision(db, ana, { action: "correct", claimId: claim.id, changes: { source: { id: "new_voice", name: "A New Voice" } } }, { sourceFromRegistry: false }));
    decide(() => undoLastDecision(db, ana, { claimId: claim.id }));
    decide(() => undoLastDecision(db, ana, { claimId: claim.id }));
  });

  it("a corrected category, place and subject move the claim to another question, or make one", () => {
    const claim = candidates()[3]!;
    decide(() => recordClaimDecision(db, ana, { action: "correct", claimId: claim.id, changes: { category: "killed" } }));
    decide(() => recordClaimDecision(db, ana, { action: "correct", claimId: claim.id, changes: { scope: { place: "Kursk region", group: null, state: null } } }));
    decide(() => recordClaimDecision(db, ana, { action: "correct", claimId: claim.id, changes: { subject: "Gazan" } }));
    for (let undo = 0; undo < 3; undo++) decide(() => undoLastDecision(db, ana, { claimId: claim.id }));
  });

  it("every claim of a small question rejected one by one, then restored", () => {
    const small = db.prepare<[], { id: string }>(`SELECT "id" FROM "Question" WHERE "claimCount" >= 2 ORDER BY "claimCount", "id" LIMIT 1`).get()!;
    const members = db.prepare<[string], { id: number }>(`SELECT "id" FROM "Claim" WHERE "questionId" = ? ORDER BY "id"`).all(small.id);
    for (const { id } of members) decide(() => recordClaimDecision(db, ana, { action: "reject", claimId: id, reason: "misread" }));
    for (const { id } of members.reverse()) decide(() => undoLastDecision(db, ana, { claimId: id }));
  });
});
