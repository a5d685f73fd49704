// The read-only connection that page and API reads share for the queries
// Prisma cannot express (full-text search, keyset paging, facet counts): one
// per database file, opened on first use and kept, as Prisma keeps its own.
import { openSqlite, type SqliteDatabase } from "../sqlite";
import { databaseFile } from "../database-url";

const globalForReader = globalThis as unknown as { readers?: Map<string, SqliteDatabase> };
const readers = (globalForReader.readers ??= new Map());

export function reader(): SqliteDatabase {
  const file = databaseFile();
  let db = readers.get(file);
  if (!db || !db.open) {
    db = openSqlite({ readonly: true });
    readers.set(file, db);
  }
  return db;
}

/** Closes the shared connections (tests that remove their database file). */
export function closeReaders(): void {
  for (const db of readers.values()) db.close();
  readers.clear();
}
