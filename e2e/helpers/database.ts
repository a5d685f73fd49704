// Reading the test server's database directly, to check that a refused write left it exactly as it was.
import Database from "better-sqlite3";

const FILE = "data/e2e.db";

export interface Snapshot {
  articles: number;
  claims: number;
  questions: number;
  hashes: string;
}

export function snapshot(): Snapshot {
  const db = new Database(FILE, { readonly: true });
  try {
    const n = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const hashes = (db.prepare(`SELECT GROUP_CONCAT("contentHash") AS h FROM (SELECT "contentHash" FROM "Article" ORDER BY "id")`).get() as { h: string | null }).h ?? "";
    return { articles: n("Article"), claims: n("Claim"), questions: n("Question"), hashes };
  } finally {
    db.close();
  }
}

export function writeSql(sql: string, ...params: unknown[]) {
  const db = new Database(FILE);
  try {
    db.pragma("busy_timeout = 10000");
    db.pragma("foreign_keys = ON");
    return db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

export function articleText(id: number): string | null {
  const db = new Database(FILE, { readonly: true });
  try {
    return (db.prepare(`SELECT "text" FROM "Article" WHERE "id" = ?`).get(id) as { text: string } | undefined)?.text ?? null;
  } finally {
    db.close();
  }
}
