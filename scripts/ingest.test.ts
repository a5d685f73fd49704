import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countRows } from "../test/count-rows";
import { runScript } from "../test/run-cli";
import { createTempDatabase, type TempDatabase } from "../test/temp-database";

const SEED = "seeds/004_d65a453aca90a03a.txt";

function readOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const schemaIndexes = (file: string) => readOnly(file, (db) => db.prepare(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'index' ORDER BY "name"`).all());

/** Each claim's question (keyed by file and offset, since ids depend on load order) and the stored questions. */
const groupings = (file: string) =>
  readOnly(file, (db) => ({
    claims: db
      .prepare(`SELECT a."fileName", c."start", c."questionId", c."questionReason" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" ORDER BY 1, 2`)
      .all() as { questionId: string | null }[],
    questions: db.prepare(`SELECT "id", "label", "parentId", "claimCount", "sourceCount", "consensusBest", "conflictScore" FROM "Question" ORDER BY "id"`).all(),
    sources: db.prepare(`SELECT "id", "claimCount" FROM "Source" ORDER BY "id"`).all(),
  }));
const ingest = (db: TempDatabase, ...args: string[]) => runScript("scripts/ingest.ts", args, db.url);

describe("npm run ingest", { timeout: 120_000 }, () => {
  let db: TempDatabase;
  let dir: string;
  beforeEach(async () => {
    db = await createTempDatabase();
    dir = mkdtempSync(path.join(tmpdir(), "triangulate-articles-"));
  });
  afterEach(() => {
    db.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it("loads the seed articles once: a second run adds nothing", () => {
    const first = ingest(db, "seeds");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Summary: 5 added, 0 unchanged, 0 failed.");
    const afterFirst = countRows(db.file);
    expect(afterFirst.articles).toBe(5);
    expect(afterFirst.claims).toBeGreaterThan(10);

    const second = ingest(db, "seeds");
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("Summary: 0 added, 5 unchanged, 0 failed.");
    expect(countRows(db.file)).toEqual(afterFirst);
  });

  it("extracts on worker threads with the same result", () => {
    const inline = ingest(db, "seeds");
    const claimsInline = countRows(db.file).claims;
    const other = runScript("scripts/db/migrate.ts", [], `file:${path.join(dir, "workers.db")}`);
    expect(other.code, other.stderr).toBe(0);
    const threaded = runScript("scripts/ingest.ts", ["--workers", "2", "seeds"], `file:${path.join(dir, "workers.db")}`);
    expect(threaded.code, threaded.stderr).toBe(0);
    expect(threaded.stdout).toContain("Summary: 5 added, 0 unchanged, 0 failed.");
    expect(inline.code).toBe(0);
    expect(countRows(path.join(dir, "workers.db")).claims).toBe(claimsInline);
    // Three commands in a row: on two shared cores each can take 20 s of wall time for 4 s of work.
  }, 90_000);

  it("regroups in place: loading in two runs gives the questions of one run, and keeps every index", async () => {
    const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((f) => path.join("seeds", f));
    for (const part of [seeds.slice(0, 2), seeds.slice(2)]) expect(ingest(db, ...part).code).toBe(0);
    const once = await createTempDatabase();
    try {
      const indexesBefore = schemaIndexes(once.file);
      expect(ingest(once, ...seeds).code).toBe(0);
      expect(schemaIndexes(once.file)).toEqual(indexesBefore);
      expect(schemaIndexes(db.file)).toEqual(indexesBefore);
      expect(groupings(db.file)).toEqual(groupings(once.file));
      expect(groupings(db.file).claims.filter((c) => c.questionId === null)).toEqual([]);
      // The planner's statistics are refreshed after each ingest, so that it picks the selective index.
      const statistics = readOnly(db.file, (d) => d.prepare(`SELECT "idx" FROM sqlite_stat1 WHERE "tbl" = 'Claim'`).all());
      expect(statistics).toContainEqual({ idx: "Claim_sourceId_valueBest_idx" });
    } finally {
      once.remove();
    }
  }, 90_000);

  it("regroups on the next run when a run stopped after storing its claims but before its regrouping committed", async () => {
    const clean = await createTempDatabase();
    try {
      expect(ingest(clean, "seeds").code).toBe(0);
      expect(ingest(db, "seeds").code).toBe(0);
      // What a kill during the last regrouping leaves: every claim stored, the regrouping's transaction rolled back.
      const writer = new Database(db.file);
      writer.exec(`DELETE FROM "Relation"; UPDATE "Claim" SET "questionId" = NULL, "questionReason" = NULL; DELETE FROM "Question"`);
      writer.close();
      expect(countRows(db.file).questions).toBe(0);

      const again = ingest(db, "seeds");
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain("Summary: 0 added, 5 unchanged, 0 failed.");
      expect(again.stdout).toMatch(/an earlier run stopped before regrouping/);
      expect(groupings(db.file)).toEqual(groupings(clean.file));
      expect(countRows(db.file)).toEqual(countRows(clean.file));
    } finally {
      clean.remove();
    }
  });

  it("recognises the same text under another file name", () => {
    copyFileSync(SEED, path.join(dir, "renamed.txt"));
    expect(ingest(db, SEED).code).toBe(0);
    const again = ingest(db, path.join(dir, "renamed.txt"));
    expect(again.stdout).toMatch(/renamed\.txt: unchanged \(same text as 004_d65a453aca90a03a\.txt\)/);
    expect(countRows(db.file).articles).toBe(1);
  });

  it.each([
    ["an empty file", "empty.txt", "", /empty\.txt: FAILED: file is empty/],
    ["a binary file", "binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]), /binary\.txt: FAILED: file is a PNG image, not text/],
    ["a file that is not UTF-8", "latin1.txt", Buffer.from("Selon Séoul, 3 000 soldats", "latin1"), /latin1\.txt: FAILED: file is not valid UTF-8/],
  ])("reports %s, exits non-zero and leaves the database as it was", (_label, name, content, message) => {
    expect(ingest(db, SEED).code).toBe(0);
    const before = countRows(db.file);
    writeFileSync(path.join(dir, name), content);
    const result = ingest(db, path.join(dir, name));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(result.stdout).toContain("0 added, 0 unchanged, 1 failed");
    expect(countRows(db.file)).toEqual(before);
  });

  it("refuses a file whose manifest entry is malformed, still loads the others, and exits non-zero", () => {
    copyFileSync(SEED, path.join(dir, "good.txt"));
    writeFileSync(path.join(dir, "bad.txt"), "Selon le Pentagone, 8 000 soldats nord-coréens sont en Russie.");
    writeFileSync(
      path.join(dir, "manifest.json"),
      JSON.stringify([
        { file: "good.txt", publisher: "Example", published: "2024-10-23", language: "fr", source_tool: "x" },
        { file: "bad.txt", published: "23/10/2024" },
      ]),
    );
    const result = ingest(db, dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/bad\.txt: FAILED: manifest entry is malformed: published must be an ISO date/);
    expect(result.stdout).toMatch(/warning: good\.txt: ignored unknown field\(s\): source_tool/);
    expect(result.stdout).toContain("Summary: 1 added, 0 unchanged, 1 failed.");
    expect(countRows(db.file).articles).toBe(1);
  });

  it("says how to create a database that does not exist, and creates no file", () => {
    const missing = path.join(dir, "none.db");
    const result = runScript("scripts/ingest.ts", ["seeds"], `file:${missing}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`No database at ${missing}: create it with \`npm run db:migrate\``);
    expect(existsSync(missing)).toBe(false);
  });

  it("names a path that does not exist", () => {
    const result = ingest(db, path.join(dir, "nowhere"));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/nowhere: FAILED: no such file or folder/);
  });

  it("follows no symbolic link and reads no pipe or device, says so for each, and still loads the good file", () => {
    const folder = path.join(dir, "folder");
    mkdirSync(folder);
    copyFileSync(SEED, path.join(folder, "good.txt"));
    symlinkSync("/etc/passwd", path.join(folder, "passwd.txt"));
    symlinkSync("/dev/zero", path.join(folder, "zero.txt"));
    symlinkSync("/etc", path.join(folder, "etc"));
    execFileSync("mkfifo", [path.join(folder, "pipe.txt")]);
    symlinkSync("/etc/hostname", path.join(dir, "named-link.txt"));
    const started = Date.now();
    const result = ingest(db, folder, path.join(dir, "named-link.txt"), "/dev/zero");
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/passwd\.txt: FAILED: is a symbolic link, not followed/);
    expect(result.stdout).toMatch(/zero\.txt: FAILED: is a symbolic link, not followed/);
    expect(result.stdout).toMatch(/named-link\.txt: FAILED: is a symbolic link, not followed/);
    expect(result.stdout).toMatch(/folder\/etc: skipped: is a symbolic link, not followed/);
    expect(result.stdout).toMatch(/pipe\.txt: FAILED: is a named pipe \(FIFO\), not a regular file/);
    expect(result.stdout).toMatch(/\/dev\/zero: FAILED: is a device, not a regular file/);
    expect(result.stdout).toContain("Summary: 1 added, 0 unchanged, 5 failed.");
    expect(countRows(db.file).articles).toBe(1);
  }, 90_000);

  it("refuses a file over the limit before reading it", () => {
    writeFileSync(path.join(dir, "big.txt"), "Selon Séoul, 3 000 soldats. ".repeat(100));
    const result = ingest(db, "--max-bytes", "1000", path.join(dir, "big.txt"));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/big\.txt: FAILED: file is 2900 bytes; the limit is 1000 bytes/);
  });

  it("reads UTF-16 with a byte-order mark, refuses a NUL byte late in a file, and names manifest entries that match no file", () => {
    const text = readFileSync(SEED, "utf8");
    writeFileSync(path.join(dir, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    writeFileSync(path.join(dir, "late-nul.txt"), `${"Selon Séoul, 3 000 soldats.\n".repeat(1000)}\u0000`);
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify([{ file: "utf16.txt", publisher: "Example" }, { file: "utf-16.txt", publisher: "Typo" }]));
    const result = ingest(db, dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/utf16\.txt: added \(\d+ claims?\)/);
    expect(result.stdout).toMatch(/late-nul\.txt: FAILED: file looks binary, not text: a NUL byte at byte 29000/);
    expect(result.stdout).toMatch(/manifest\.json: warning: utf-16\.txt: no such file beside the manifest or in this run/);
    expect(result.stdout).toContain("Summary: 1 added, 0 unchanged, 1 failed.");
  });
});
