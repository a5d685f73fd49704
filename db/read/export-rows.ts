// Every claim the explorer shows for some filters, in the explorer's order, read
// through one cursor over a read-only connection of its own: a million rows
// stream in seconds and bounded memory, from one snapshot of the database, so
// a claim stored during a long export neither repeats nor shifts a row.
import type { ClaimFilters } from "../../lib/filters/claim-filters";
import type { ExportItem } from "../../lib/export/columns";
import type { Claim } from "../generated/client";
import { fromClaimRow } from "../claim-row";
import { openSqlite, type SqliteDatabase } from "../sqlite";
import { claimSortKey, claimWhereSql, type SortKey } from "./claim-where";

export const EXPORT_BATCH_SIZE = 1000;

type ExportRow = Claim & { fileName: string; title: string; published: string | null };

const SELECT = `SELECT c.*, a."fileName", a."title", a."published" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"`;

/**
 * The order as two statements read in turn, the rows with a value in the sort
 * column and then the rows without, so that each is one walk of an index
 * (SQLite would otherwise sort every match to put nulls last).
 */
function statements({ field, direction }: SortKey, where: string): string[] {
  const dir = direction.toUpperCase();
  return [
    `${SELECT} WHERE ${where} AND c."${field}" IS NOT NULL ORDER BY c."${field}" ${dir}, c."id" ${dir}`,
    `${SELECT} WHERE ${where} AND c."${field}" IS NULL ORDER BY c."id" ${dir}`,
  ];
}

function* readBatches(db: SqliteDatabase, sql: string, params: unknown[], batchSize: number): Generator<ExportItem[]> {
  const rows = db.prepare(sql).iterate(...params) as IterableIterator<ExportRow>;
  let batch: ExportItem[] = [];
  for (const row of rows) {
    batch.push(toExportItem(row));
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Claims matching the filters in the explorer's order, every page, one batch
 * (array) at a time. `page` and `pageSize` are ignored. Stopping early (a
 * client that goes away) closes the connection.
 */
export async function* iterateExportRows(filters: ClaimFilters, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ExportItem[]> {
  const db = openSqlite({ readonly: true });
  const where = claimWhereSql(filters);
  try {
    db.exec("BEGIN");
    for (const sql of statements(claimSortKey(filters.sort), where.sql)) yield* readBatches(db, sql, where.params, batchSize);
    db.exec("COMMIT");
  } finally {
    db.close();
  }
}

function toExportItem(row: ExportRow): ExportItem {
  return {
    claim: fromClaimRow({ ...row, article: { fileName: row.fileName } }),
    outlet: row.outlet,
    articleTitle: row.title,
    published: row.published,
  };
}
