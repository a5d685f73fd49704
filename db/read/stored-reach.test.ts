// Each question's reach is stored by the regrouping and read by the question
// page: it must equal what counting the claims gives, over the question and
// the parts the page reads, after every write that regroups (an ingest, a
// review decision, a deletion).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReach } from "../../lib/comparison/reach";
import { runScript } from "../../test/run-cli";
import { createSeededDatabase, type SeededDatabase } from "../../test/seeded-database";
import type { SqliteDatabase } from "../sqlite";
import type { deleteArticle as DeleteArticle } from "../write/delete-article";
import type { recordClaimDecision as RecordClaimDecision } from "../write/review-decisions";
import type * as Comparison from "./comparison";

let temp: SeededDatabase;
let db: SqliteDatabase;
let read: Pick<typeof Comparison, "countReach" | "fetchQuestionComparisonInput">;
let write: { deleteArticle: typeof DeleteArticle; recordClaimDecision: typeof RecordClaimDecision };

const ana = { id: "u1", name: "Ana Analyst" };
const storedReach = () => db.prepare<[], { id: string; reach: string | null }>(`SELECT "id", "reach" FROM "Question" ORDER BY "id"`).all();

/** For every question: the stored reach, and the reach counted from the claims of the question and the parts its comparison reads. */
async function storedAndCounted() {
  return Promise.all(
    storedReach().map(async ({ id, reach }) => {
      const input = (await read.fetchQuestionComparisonInput(id))!;
      const counted = await read.countReach([id, ...input.parts.map((p) => p.id)]);
      const stored = parseReach(reach);
      const asObject = (r: { reach: ReadonlyMap<string, unknown>; articleCount: number } | null) => r && { articleCount: r.articleCount, reach: Object.fromEntries([...r.reach].sort()) };
      return { id, stored: asObject(stored), counted: asObject(counted), page: asObject(input) };
    }),
  );
}

async function expectStoredToMatchCounts() {
  const rows = await storedAndCounted();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.stored, row.id).not.toBeNull();
    expect(row.stored, row.id).toEqual(row.counted);
    // The page reads the stored reach.
    expect(row.page, row.id).toEqual(row.stored);
  }
  return rows;
}

beforeAll(async () => {
  temp = await createSeededDatabase();
  db = temp.db;
  process.env.DATABASE_URL = temp.url;
  const [comparison, deletion, review] = await Promise.all([import("./comparison"), import("../write/delete-article"), import("../write/review-decisions")]);
  read = { countReach: comparison.countReach, fetchQuestionComparisonInput: comparison.fetchQuestionComparisonInput };
  write = { deleteArticle: deletion.deleteArticle, recordClaimDecision: review.recordClaimDecision };
}, 120_000);

afterAll(() => temp?.close());

describe("the reach kept with each question", () => {
  it("equals the counted reach after the ingest, parts included", async () => {
    const rows = await expectStoredToMatchCounts();
    // The seed story has questions with parts, whose claims count for their whole.
    expect(rows.some((r) => (r.stored?.articleCount ?? 0) >= 4)).toBe(true);
  });

  it("stays equal after a rejection and a corrected source", async () => {
    const claims = db.prepare<[], { id: number }>(`SELECT "id" FROM "Claim" WHERE "sourceId" IS NOT NULL AND "questionId" IS NOT NULL ORDER BY "id" LIMIT 2`).all();
    write.recordClaimDecision(db, ana, { action: "reject", claimId: claims[0]!.id, reason: "other_story" });
    write.recordClaimDecision(db, ana, { action: "correct", claimId: claims[1]!.id, changes: { source: { id: "isw", name: "Institute for the Study of War" } } });
    await expectStoredToMatchCounts();
  });

  it("stays equal after an article is deleted", async () => {
    const article = db.prepare<[], { id: number }>(`SELECT "articleId" AS id FROM "Claim" WHERE "questionId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`).get()!;
    const before = JSON.stringify(storedReach());
    expect(write.deleteArticle(db, article.id).deleted).toBe(true);
    expect(JSON.stringify(storedReach())).not.toBe(before);
    await expectStoredToMatchCounts();
  });

  it("stays equal after another ingest", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "triangulate-reach-"));
    try {
      const generated = runScript("scripts/gen-corpus.ts", ["--articles", "12", "--seed", "3", "--out", dir], temp.url);
      expect(generated.code, generated.stderr).toBe(0);
      const before = JSON.stringify(storedReach());
      const ingest = runScript("scripts/ingest.ts", [dir], temp.url);
      expect(ingest.code, ingest.stderr).toBe(0);
      expect(JSON.stringify(storedReach())).not.toBe(before);
      await expectStoredToMatchCounts();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
