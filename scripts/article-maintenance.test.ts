import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows } from "../test/count-rows";
import { runScript } from "../test/run-cli";
import { createTempDatabase, type TempDatabase } from "../test/temp-database";

const SEED = "004_d65a453aca90a03a.txt";

function query<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

// Each command starts its own Node process (1–4 s on a busy machine).
describe("keeping stored articles current", { timeout: 180_000 }, () => {
  let db: TempDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTempDatabase();
    dir = mkdtempSync(path.join(tmpdir(), "triangulate-maintenance-"));
    const ingest = runScript("scripts/ingest.ts", ["seeds"], db.url);
    expect(ingest.code, ingest.stderr).toBe(0);
  });
  afterAll(() => {
    db.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it("ingesting a known text with changed metadata updates it and says so; the same again is unchanged", () => {
    copyFileSync(path.join("seeds", SEED), path.join(dir, SEED));
    const entry = (JSON.parse(readFileSync("seeds/manifest.json", "utf8")) as { file: string }[]).find((e) => e.file === SEED)!;
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify([{ ...entry, publisher: "Corrected Publisher", published: "2024-11-02", dateSource: "given", dateNote: null }]));
    const before = countRows(db.file);
    const updated = runScript("scripts/ingest.ts", [dir], db.url);
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout).toMatch(/004_d65a453aca90a03a\.txt: updated \(new metadata for a known text; \d+ claims\)/);
    expect(updated.stdout).toContain("Summary: 0 added, 1 updated, 0 unchanged, 0 failed.");
    expect(countRows(db.file)).toEqual(before);
    const [row] = query<{ publisher: string; published: string; outlets: string }>(
      db.file,
      `SELECT a."publisher", a."published", (SELECT GROUP_CONCAT(DISTINCT c."outlet") FROM "Claim" c WHERE c."articleId" = a."id") AS "outlets" FROM "Article" a WHERE a."fileName" = ?`,
      SEED,
    );
    expect(row).toEqual({ publisher: "Corrected Publisher", published: "2024-11-02", outlets: "Corrected Publisher" });

    const again = runScript("scripts/ingest.ts", [dir], db.url);
    expect(again.stdout).toContain("Summary: 0 added, 1 unchanged, 0 failed.");
  });

  it("re-extracts the articles of an older extraction version in batches, and then none", () => {
    const claimsBefore = query<{ n: number }>(db.file, `SELECT COUNT(*) AS n FROM "Claim"`)[0]!.n;
    query(db.file, `UPDATE "Article" SET "extractionVersion" = 0 WHERE "id" IN (SELECT "id" FROM "Article" ORDER BY "id" LIMIT 3) RETURNING "id"`);
    const run = runScript("scripts/reextract.ts", ["--batch", "2"], db.url);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Extracting 3 articles again");
    expect(run.stdout).toMatch(/Extracted 3 articles again and regrouped the questions/);
    expect(query<{ n: number }>(db.file, `SELECT COUNT(*) AS n FROM "Claim"`)[0]!.n).toBe(claimsBefore);
    expect(query<{ n: number }>(db.file, `SELECT COUNT(*) AS n FROM "Claim" WHERE "questionId" IS NULL`)[0]!.n).toBe(0);
    expect(runScript("scripts/reextract.ts", [], db.url).stdout).toContain("nothing to do");
  });

  it("deletes an article with its claims and regroups; nothing else changes", () => {
    const [article] = query<{ id: number; claimCount: number }>(db.file, `SELECT "id", "claimCount" FROM "Article" WHERE "fileName" = ?`, SEED);
    const before = countRows(db.file);
    const sources = query(db.file, `SELECT "id", "name" FROM "Source" ORDER BY "id"`);
    const run = runScript("scripts/delete-article.ts", [String(article!.id)], db.url);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Deleted article ${article!.id}`);
    const after = countRows(db.file);
    expect(after.articles).toBe(before.articles - 1);
    expect(after.claims).toBe(before.claims - article!.claimCount);
    expect(query(db.file, `SELECT 1 FROM "Claim" WHERE "articleId" = ?`, article!.id)).toEqual([]);
    expect(query<{ n: number }>(db.file, `SELECT COALESCE(SUM("claimCount"), 0) AS n FROM "Question"`)[0]!.n).toBe(after.claims - query<{ n: number }>(db.file, `SELECT COUNT(*) AS n FROM "Claim" WHERE "questionId" IS NULL`)[0]!.n);
    expect(query(db.file, `SELECT "id", "name" FROM "Source" ORDER BY "id"`)).toEqual(sources);

    const missing = runScript("scripts/delete-article.ts", [String(article!.id)], db.url);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`No article ${article!.id}.`);
    expect(runScript("scripts/delete-article.ts", ["abc"], db.url).stderr).toContain("Not an article id: abc");
  });
});
