// The database file opened directly with better-sqlite3, for the bulk paths
// where Prisma's per-row cost (20–40 µs a row) would dominate: storing
// extracted claims, regrouping every claim, and streaming exports. The schema,
// migrations and every page query stay with Prisma.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { databaseFile } from "./database-url";

export type SqliteDatabase = Database.Database;

/** How long a statement waits for another connection's write to finish before it gives up. */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * A new connection; the caller closes it. A writer switches the file to WAL,
 * which the file then keeps: a long export reads its snapshot while an ingest
 * writes, instead of one of them waiting for the other.
 */
export function openSqlite({ readonly = false } = {}): SqliteDatabase {
  const file = databaseFile();
  if (!existsSync(file)) throw new Error(`No database at ${file}: create it with \`npm run db:migrate\` (npm start does it too).`);
  const db = new Database(file, { readonly, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  if (!readonly) {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
  }
  return db;
}
