import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";
import { databaseFile } from "../../db/database-url";
import { databaseFileOf, openDataRevision } from "./data-revision.mjs";

describe("the data's revision", () => {
  let database: TempDatabase;
  beforeAll(async () => {
    database = await createTempDatabase();
  });
  afterAll(() => database.remove());

  it("names the file db/database-url.ts names", () => {
    const env = (DATABASE_URL?: string) => ({ ...process.env, DATABASE_URL });
    for (const url of ["file:./data/x.db", "file:/tmp/y.db", " file:z.db ", undefined]) expect(databaseFileOf(env(url))).toBe(databaseFile(env(url)));
  });

  it("changes when another process commits a write, and only then", async () => {
    const revision = (await openDataRevision(database.file))!;
    const before = revision();
    expect(before).not.toBeNull();
    expect(revision()).toBe(before);
    const write = spawnSync(process.execPath, ["-e", `const db = new (require("better-sqlite3"))(process.argv[1]); db.prepare("INSERT INTO \\"SignInFailure\\" (\\"email\\", \\"count\\", \\"lastFailure\\") VALUES ('a@b.c', 1, 0)").run();`, database.file], { encoding: "utf8" });
    expect(write.status, write.stderr).toBe(0);
    const after = revision();
    expect(after).not.toBe(before);
    expect(revision()).toBe(after);
  });

  it("is null when the file cannot be read, so nothing is cached", async () => {
    const revision = (await openDataRevision("/nonexistent/folder/x.db"))!;
    expect(revision()).toBeNull();
  });
});
