// Databases the suite builds for itself, and what it checks in them.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const TSX = path.resolve("node_modules/.bin/tsx");

export interface Counts {
  articles: number;
  claims: number;
  questions: number;
  relations: number;
  ungrouped: number;
}

export function runTsx(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(TSX, [script, ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 900_000, maxBuffer: 64 << 20 });
  return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** A migrated, empty database at `file` (any older one removed). */
export function freshDatabase(file: string) {
  removeDatabase(file);
  const migrated = runTsx("scripts/db/migrate.ts", [], { DATABASE_URL: `file:${file}` });
  if (migrated.code !== 0) throw new Error(`db:migrate failed: ${migrated.stderr}`);
}

export function removeDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

export function copyDatabase(from: string, to: string) {
  removeDatabase(to);
  const db = new Database(from);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  copyFileSync(from, to);
}

export function generateCorpus(out: string, articles: number, seed = 1) {
  const made = runTsx("scripts/gen-corpus.ts", ["--articles", String(articles), "--seed", String(seed), "--out", out]);
  if (made.code !== 0) throw new Error(`gen:corpus failed: ${made.stderr}`);
}

export function ingest(file: string, args: string[]) {
  return runTsx("scripts/ingest.ts", args, { DATABASE_URL: `file:${file}` });
}

/** An ingest as a child process, for killing it at a chosen moment. */
export function spawnIngest(file: string, args: string[]) {
  // One process (node with tsx's loader, not the tsx wrapper that starts a second one), so that SIGKILL reaches the ingest itself.
  return spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: ["ignore", "pipe", "pipe"] });
}

export function counts(file: string): Counts {
  const db = new Database(file, { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      articles: n(`SELECT COUNT(*) AS n FROM "Article"`),
      claims: n(`SELECT COUNT(*) AS n FROM "Claim"`),
      questions: n(`SELECT COUNT(*) AS n FROM "Question"`),
      relations: n(`SELECT COUNT(*) AS n FROM "Relation"`),
      ungrouped: n(`SELECT COUNT(*) AS n FROM "Claim" WHERE "questionId" IS NULL`),
    };
  } finally {
    db.close();
  }
}

/** Each question with what it holds: two databases with the same grouping give the same list. */
export function questionFingerprint(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare(`SELECT "id", "claimCount", "sourceCount", "conflictScore" FROM "Question" ORDER BY "id"`).all();
    return JSON.stringify(rows);
  } finally {
    db.close();
  }
}

/** integrity_check, foreign keys, and rows that point at nothing. */
export function integrityProblems(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const problems: string[] = [];
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`);
    const fk = db.pragma("foreign_key_check") as unknown[];
    if (fk.length) problems.push(`${fk.length} foreign key violations`);
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const orphans: [string, string][] = [
      ["claims of no article", `SELECT COUNT(*) AS n FROM "Claim" c WHERE NOT EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = c."articleId")`],
      ["claims of a missing question", `SELECT COUNT(*) AS n FROM "Claim" c WHERE c."questionId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Question" q WHERE q."id" = c."questionId")`],
      ["relations of a missing question", `SELECT COUNT(*) AS n FROM "Relation" r WHERE NOT EXISTS (SELECT 1 FROM "Question" q WHERE q."id" = r."questionId")`],
      ["articles whose claim count is wrong", `SELECT COUNT(*) AS n FROM "Article" a WHERE a."claimCount" <> (SELECT COUNT(*) FROM "Claim" c WHERE c."articleId" = a."id")`],
    ];
    for (const [what, sql] of orphans) {
      const count = n(sql);
      if (count) problems.push(`${count} ${what}`);
    }
    return problems;
  } finally {
    db.close();
  }
}
