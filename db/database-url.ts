import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";

const DEFAULT_DATABASE_URL = "file:./data/triangulate.db";

/** How long a writer waits for another connection's write to finish before it gives up. */
const DEFAULT_BUSY_TIMEOUT_MS = 30_000;

/** The SQLite file named by DATABASE_URL, resolved against the project root. */
export function databaseFile(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL like "file:./data/triangulate.db"; got "${url}".`);
  }
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length));
}

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return `file:${databaseFile(env)}`;
}

export function busyTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DATABASE_BUSY_TIMEOUT_MS?.trim();
  if (!raw) return DEFAULT_BUSY_TIMEOUT_MS;
  if (!/^\d{1,9}$/.test(raw)) throw new Error(`DATABASE_BUSY_TIMEOUT_MS must be a whole number of milliseconds; got "${raw}".`);
  return Number(raw);
}

const writable = (p: string) => {
  try {
    accessSync(p, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Why SQLite would answer "unable to open database file", in words that name
 * the file and what to do; null when nothing is visibly wrong. A writer in WAL
 * mode also creates `-wal` and `-shm` files beside the database, so its folder
 * must be writable too.
 */
export function explainOpenFailure(file: string, { write }: { write: boolean }): string | null {
  const folder = path.dirname(file);
  const folderInfo = statSync(folder, { throwIfNoEntry: false });
  if (!folderInfo) return `No database at ${file}: its folder ${folder} does not exist. Create it with \`npm run db:migrate\` (npm start does it too), or check DATABASE_URL.`;
  if (!folderInfo.isDirectory()) return `No database at ${file}: ${folder} is not a folder. Check DATABASE_URL.`;
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info) return `No database at ${file}: create it with \`npm run db:migrate\` (npm start does it too).`;
  if (!info.isFile()) return `The database path ${file} is not a file. Check DATABASE_URL.`;
  if (write && !writable(file)) return `The database ${file} is read-only: writing needs write permission on it.`;
  if (write && !writable(folder)) return `The database folder ${folder} is read-only: SQLite writes its -wal and -shm files beside the database.`;
  return null;
}
