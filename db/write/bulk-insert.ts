import type { Statement } from "better-sqlite3";
import type { SqliteDatabase } from "../sqlite";

type Row = Record<string, unknown>;

/** SQLite binds at most 32,766 parameters a statement; past about a hundred rows a statement gains nothing. */
const MAX_PARAMETERS = 32_766;
const MAX_ROWS_A_STATEMENT = 100;

/**
 * Inserts rows a hundred to a statement, for the bulk paths that write
 * thousands of rows at a time (a few µs a row, where Prisma's createMany
 * costs 0.4 ms). Column names come from the first row's keys, so they match
 * the Prisma input types the rows are built as. Returns each new row's id, in
 * order. Many rows a statement matter for the full-text index its triggers
 * keep (migration full_text_search): FTS5 writes out what it holds at each
 * statement, so one row a statement made every claim a segment of its own.
 */
export function insertRows(db: SqliteDatabase, table: string, rows: readonly object[]): number[] {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  const perStatement = Math.max(1, Math.min(MAX_ROWS_A_STATEMENT, Math.floor(MAX_PARAMETERS / columns.length)));
  const statements = new Map<number, Statement>();
  const statementFor = (count: number) => {
    let statement = statements.get(count);
    if (!statement) {
      const tuple = `(${columns.map(() => "?").join(", ")})`;
      statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${Array(count).fill(tuple).join(", ")}`);
      statements.set(count, statement);
    }
    return statement;
  };
  const ids: number[] = [];
  for (let at = 0; at < rows.length; at += perStatement) {
    const chunk = rows.slice(at, at + perStatement) as Row[];
    const values = chunk.flatMap((row) => columns.map((c) => row[c] ?? null));
    // One statement numbers its rows one after another, the last one being lastInsertRowid.
    const last = Number(statementFor(chunk.length).run(values).lastInsertRowid);
    for (let i = chunk.length - 1; i >= 0; i--) ids.push(last - i);
  }
  return ids;
}

/** The same, updating in place the rows whose `key` already exists. */
export function upsertRows(db: SqliteDatabase, table: string, rows: readonly object[], key: string): void {
  runForEach(db, table, rows, (columns) => {
    const updates = columns.filter((c) => c !== key).map((c) => `"${c}" = excluded."${c}"`);
    return ` ON CONFLICT ("${key}") DO UPDATE SET ${updates.join(", ")}`;
  });
}

function runForEach(db: SqliteDatabase, table: string, rows: readonly object[], onConflict: (columns: string[]) => string): number[] {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  const statement = db.prepare(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})${onConflict(columns)}`,
  );
  return rows.map((row) => Number(statement.run(withNulls(row as Row, columns)).lastInsertRowid));
}

/** better-sqlite3 binds null but refuses undefined, which Prisma input types allow for optional columns. */
function withNulls(row: Row, columns: readonly string[]): Row {
  for (const column of columns) if (row[column] === undefined) return Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
  return row;
}
