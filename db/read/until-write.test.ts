// Kept answers last exactly until a write: a commit from any connection drops
// them all, and an asynchronous read that fails is never kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";
import type { SqliteDatabase } from "../sqlite";
import type * as UntilWrite from "./until-write";

let temp: TempDatabase;
let writer: SqliteDatabase;
let kept: typeof UntilWrite & { closeReaders: () => void };

beforeAll(async () => {
  temp = await createTempDatabase();
  process.env.DATABASE_URL = temp.url;
  const [{ openSqlite }, untilWrite, { closeReaders }] = await Promise.all([import("../sqlite"), import("./until-write"), import("./reader")]);
  kept = { ...untilWrite, closeReaders };
  writer = openSqlite();
});

afterAll(() => {
  writer.close();
  kept.closeReaders();
  temp.remove();
});

const addSource = (id: string) => writer.prepare(`INSERT INTO "Source" ("id", "name", "kind") VALUES (?, ?, 'intelligence')`).run(id, id.toUpperCase());

describe("answers kept until a write", () => {
  it("reads once between two writes, and anew after one", () => {
    let reads = 0;
    const read = () => kept.untilWrite("reads", () => ++reads);
    expect([read(), read()]).toEqual([1, 1]);
    addSource("gur");
    expect([read(), read()]).toEqual([2, 2]);
  });

  it("keeps an asynchronous answer, and forgets one that failed so the next request reads again", async () => {
    let reads = 0;
    const failing = () => kept.untilWriteAsync("fails once", async () => (++reads === 1 ? Promise.reject(new Error("database is locked")) : reads));
    await expect(failing()).rejects.toThrow("database is locked");
    expect(await failing()).toBe(2);
    expect(await failing()).toBe(2);
    addSource("nis");
    expect(await failing()).toBe(3);
  });
});
