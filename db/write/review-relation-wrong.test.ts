// A relation an analyst marks wrong on the seed articles, in a real SQLite
// file: the question's conflict score and consensus are worked out again
// without it, and undoing the decision puts them back.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSeededDatabase, type SeededDatabase } from "../../test/seeded-database";
import type { SourceFigure } from "../../lib/reconcile/types";
import type { SqliteDatabase } from "../sqlite";
import { recordQuestionDecision, undoLastDecision } from "./review-decisions";

const RUSSIA = "deployed-soldiers-north-korean-russia";
const ana = { id: "u1", name: "Ana Analyst" };

let temp: SeededDatabase;
let db: SqliteDatabase;

beforeAll(async () => {
  temp = await createSeededDatabase();
  db = temp.db;
});
afterAll(() => temp.close());

const standing = () =>
  db
    .prepare<[string], { conflictScore: number; consensusLow: number; consensusBest: number; consensusHigh: number; consensusMethod: string; consensusExplanation: string }>(
      `SELECT "conflictScore", "consensusLow", "consensusBest", "consensusHigh", "consensusMethod", "consensusExplanation" FROM "Question" WHERE "id" = ?`,
    )
    .get(RUSSIA)!;
const figures = () => JSON.parse(db.prepare<[string], { figures: string }>(`SELECT "figures" FROM "Question" WHERE "id" = ?`).get(RUSSIA)!.figures) as SourceFigure[];
const contradictions = () =>
  db
    .prepare<[string], { claimIds: string }>(`SELECT "claimIds" FROM "Relation" WHERE "questionId" = ? AND "type" = 'contradicts'`)
    .all(RUSSIA)
    .map((r) => (JSON.parse(r.claimIds) as number[]).sort((a, b) => a - b).join(","));

it("recomputes the conflict score and the consensus, and an undo puts them back", () => {
  const before = standing();
  // GUR's 11,000 is said to contradict the "several thousand" of ISW and of the Western governments.
  const figureOf = (sourceId: string) => figures().find((f) => f.sourceId === sourceId)!.claimId;
  const marked = ["isw", "western_governments"].map((source) => [figureOf("gur"), figureOf(source)].sort((a, b) => a - b).join(","));
  expect(contradictions(), "the machine's contradictions").toEqual(expect.arrayContaining(marked));

  for (const key of marked) recordQuestionDecision(db, ana, { action: "relation_wrong", questionId: RUSSIA, type: "contradicts", claimIds: key.split(",").map(Number) });
  const after = standing();
  expect(contradictions().filter((key) => marked.includes(key))).toEqual([]);
  expect(after.conflictScore).toBeLessThan(before.conflictScore);
  // The three figures no longer kept apart now stand in one consensus group.
  expect(after.consensusExplanation).toMatch(/^4 of 5 sources/);
  expect([after.consensusLow, after.consensusHigh]).not.toEqual([before.consensusLow, before.consensusHigh]);

  marked.forEach(() => undoLastDecision(db, ana, { questionId: RUSSIA }));
  expect(standing()).toEqual(before);
  expect(contradictions()).toEqual(expect.arrayContaining(marked));
});
