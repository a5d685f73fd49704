import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { busyTimeoutMs, explainOpenFailure } from "./database-url";
import { openSqlite } from "./sqlite";

describe("why a database cannot be opened", () => {
  let dir: string;
  const previous = process.env.DATABASE_URL;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "triangulate-open-"))));
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    process.env.DATABASE_URL = previous;
  });

  it("names the path and a missing folder, instead of SQLite's \"unable to open database file\"", () => {
    const file = path.join(dir, "no-such-folder", "t.db");
    process.env.DATABASE_URL = `file:${file}`;
    expect(() => openSqlite()).toThrow(`No database at ${file}: its folder ${path.dirname(file)} does not exist.`);
  });

  it("names a folder where the file should be", () => {
    const file = path.join(dir, "t.db");
    mkdirSync(file);
    expect(explainOpenFailure(file, { write: false })).toBe(`The database path ${file} is not a file. Check DATABASE_URL.`);
  });

  it("names a file that is not a database", () => {
    const file = path.join(dir, "t.db");
    rmSync(file, { force: true });
    process.env.DATABASE_URL = `file:${file}`;
    writeFileSync(file, "not a database, only text ".repeat(200));
    expect(() => openSqlite()).toThrow(new RegExp(`^Cannot open the database at ${file}: file is not a database`));
  });

  it("reads the busy timeout as whole milliseconds only", () => {
    expect(busyTimeoutMs({})).toBe(30_000);
    expect(busyTimeoutMs({ DATABASE_BUSY_TIMEOUT_MS: "500" })).toBe(500);
    expect(() => busyTimeoutMs({ DATABASE_BUSY_TIMEOUT_MS: "0x10" })).toThrow(/whole number of milliseconds/);
  });
});
