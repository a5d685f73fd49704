// A fresh SQLite file with the seed articles loaded through the real ingest
// command, and a connection to it for the test's own reads and writes.
import Database from "better-sqlite3";
import { expect } from "vitest";
import type { SqliteDatabase } from "../db/sqlite";
import { runScript } from "./run-cli";
import { createTempDatabase, type TempDatabase } from "./temp-database";

export interface SeededDatabase extends TempDatabase {
  db: SqliteDatabase;
  close: () => void;
}

export async function createSeededDatabase(): Promise<SeededDatabase> {
  const temp = await createTempDatabase();
  const ingest = runScript("scripts/ingest.ts", ["seeds"], temp.url);
  expect(ingest.code, ingest.stderr).toBe(0);
  const db = new Database(temp.file);
  return { ...temp, db, close: () => (db.close(), temp.remove()) };
}
