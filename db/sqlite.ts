// The database file opened directly with better-sqlite3, for the bulk paths
// where Prisma's per-row cost (20–40 µs a row) would dominate: storing
// extracted claims, regrouping every claim, and streaming exports. The schema,
// migrations and every page query stay with Prisma.
import Database from "better-sqlite3";
import { busyTimeoutMs, databaseFile, explainOpenFailure } from "./database-url";

export type SqliteDatabase = Database.Database;

/**
 * A new connection; the caller closes it. A writer switches the file to WAL,
 * which the file then keeps: a long export reads its snapshot while an ingest
 * writes, instead of one of them waiting for the other. Writers queue: each
 * write transaction is immediate and waits up to the busy timeout for the
 * one before it.
 */
export function openSqlite({ readonly = false } = {}): SqliteDatabase {
  const file = databaseFile();
  const problem = explainOpenFailure(file, { write: !readonly });
  if (problem) throw new Error(problem);
  try {
    const db = new Database(file, { readonly, fileMustExist: true, timeout: busyTimeoutMs() });
    if (!readonly) {
      db.pragma("journal_mode = WAL");
      db.pragma("foreign_keys = ON");
    }
    return db;
  } catch (error) {
    if (isBusy(error)) throw error;
    throw new Error(`Cannot open the database at ${file}: ${(error as Error).message} (check that it is a Triangulate database and that its folder is writable)`, { cause: error });
  }
}

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** The one message for a writer that waited its whole turn in vain. */
export function busyMessage(file = databaseFile()): string {
  const seconds = busyTimeoutMs() / 1000;
  return `the database ${file} stayed locked by another writer (another ingest?) for ${seconds} s; run again once it has finished, or raise DATABASE_BUSY_TIMEOUT_MS`;
}
