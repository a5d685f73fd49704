// Two writers at once: the second queues behind the first instead of failing,
// and a writer that waits too long says so in one line.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows } from "../test/count-rows";
import { runScript, type CliResult } from "../test/run-cli";
import { createTempDatabase, type TempDatabase } from "../test/temp-database";

const TSX = path.resolve("node_modules/.bin/tsx");

function ingestAsync(databaseUrl: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(TSX, ["scripts/ingest.ts", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("two writers at once", { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "triangulate-writers-"));
    for (const seed of ["1", "2"]) {
      const made = spawnSync(TSX, ["scripts/gen-corpus.ts", "--articles", "150", "--seed", seed, "--out", path.join(dir, `corpus-${seed}`)], { encoding: "utf8" });
      expect(made.status, made.stderr).toBe(0);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("two ingests started together both finish, with every article of each and every claim in a question", async () => {
    const db: TempDatabase = await createTempDatabase();
    try {
      // The second writer queues for as long as the first holds the lock: on a busy machine that can pass the 30 s default.
      const patient = { DATABASE_BUSY_TIMEOUT_MS: "150000" };
      const [a, b] = await Promise.all([ingestAsync(db.url, [path.join(dir, "corpus-1")], patient), ingestAsync(db.url, [path.join(dir, "corpus-2")], patient)]);
      expect(a.stderr + a.stdout).not.toMatch(/locked|stopped/i);
      expect(b.stderr + b.stdout).not.toMatch(/locked|stopped/i);
      expect([a.code, b.code]).toEqual([0, 0]);
      const added = (r: CliResult) => Number(/Summary: (\d+) added/.exec(r.stdout)?.[1]);
      const rows = countRows(db.file);
      expect(rows.articles).toBe(added(a) + added(b));
      expect(rows.articles).toBeGreaterThan(250);
      const ungrouped = new Database(db.file, { readonly: true }).prepare(`SELECT COUNT(*) AS n FROM "Claim" WHERE "questionId" IS NULL`).get() as { n: number };
      expect(ungrouped.n).toBe(0);
    } finally {
      db.remove();
    }
  }, 180_000);

  it("a writer that waits longer than the busy timeout stops with one line naming the database and what to do", async () => {
    const db = await createTempDatabase();
    const holder = new Database(db.file);
    try {
      holder.exec("BEGIN IMMEDIATE");
      const result = runScript("scripts/ingest.ts", ["seeds"], db.url, { DATABASE_BUSY_TIMEOUT_MS: "300" });
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe(`Ingest stopped: the database ${db.file} stayed locked by another writer (another ingest?) for 0.3 s; run again once it has finished, or raise DATABASE_BUSY_TIMEOUT_MS`);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
      db.remove();
    }
  });
});
