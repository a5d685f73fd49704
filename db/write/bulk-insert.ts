import type { SqliteDatabase } from "../sqlite";

type Row = Record<string, unknown>;

/**
 * One prepared INSERT run per row, for the bulk paths that write thousands of
 * rows at a time (a few µs a row, where Prisma's createMany costs 0.4 ms).
 * Column names come from the first row's keys, so they match the Prisma input
 * types the rows are built as. Returns each new row's id, in order.
 */
export function insertRows(db: SqliteDatabase, table: string, rows: readonly object[]): number[] {
  return runForEach(db, table, rows, () => "");
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
