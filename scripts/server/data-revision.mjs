// The revision of the data the response cache keys its answers on
// (response-cache.mjs): any commit to the database file, by any process,
// gives a new one.
import { statSync } from "node:fs";
import path from "node:path";

/** The SQLite file named by DATABASE_URL, resolved as db/database-url.ts does. */
export function databaseFileOf(env = process.env, cwd = process.cwd()) {
  const url = env.DATABASE_URL?.trim() || "file:./data/triangulate.db";
  return url.startsWith("file:") ? path.resolve(cwd, url.slice("file:".length)) : null;
}

/**
 * The revision of the data: data_version of a read-only connection, with the
 * file's inode so that a database replaced under the server counts as new.
 * Null when the file cannot be read (the answers are then not cached).
 */
export async function openDataRevision(file) {
  if (!file) return null;
  const { default: Database } = await import("better-sqlite3");
  let db = null;
  return () => {
    try {
      db ??= new Database(file, { readonly: true, fileMustExist: true });
      return `${statSync(file).ino}:${db.pragma("data_version", { simple: true })}`;
    } catch {
      db?.close();
      db = null;
      return null;
    }
  };
}
