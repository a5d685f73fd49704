import Database from "better-sqlite3";

export function countRows(file: string): { articles: number; claims: number; questions: number } {
  const db = new Database(file, { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { articles: count("Article"), claims: count("Claim"), questions: count("Question") };
  } finally {
    db.close();
  }
}
