// Every claim the explorer shows for some filters, in the explorer's order, read
// through one cursor over a read-only connection of its own: a million rows
// stream in seconds and bounded memory, from one snapshot of the database, so
// a claim stored during a long export neither repeats nor shifts a row.
import type { ClaimFilters } from "../../lib/filters/claim-filters";
import { EXPORT_COLUMNS, OWN_REPORTING, withFigureAsStated, type ExportCells, type ExportColumn, type StoredClaim } from "../../lib/export/columns";
import type { Claim } from "../generated/client";
import { fromClaimRow } from "../claim-row";
import { openSqlite, type SqliteDatabase } from "../sqlite";
import { claimSortKey, claimWhereSql, orderedRuns, type SortKey } from "./claim-where";

export const EXPORT_BATCH_SIZE = 1000;

const FROM = `FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"`;
// The question's label, read per row by its primary key rather than joined, so the export's plan stays one index walk.
const QUESTION_LABEL = `(SELECT q."label" FROM "Question" q WHERE q."id" = c."questionId")`;

const FLAT_SOURCE = `CASE WHEN c."sourceId" IS NULL THEN '${OWN_REPORTING}' ELSE COALESCE(c."sourceName", c."sourceId") END`;

/** The one flattening of a stored claim into the spreadsheet columns, done by SQLite. */
const FLAT_COLUMNS: Record<ExportColumn, string> = {
  id: `c."id"`,
  question: `c."questionId"`,
  question_label: QUESTION_LABEL,
  source_id: `c."sourceId"`,
  // A source named only by its id (no phrase in the article) shows the id, as the API does.
  source: FLAT_SOURCE,
  // Worded in TypeScript from the values below, by the formatter every page uses.
  figure_as_stated: `NULL`,
  value_low: `c."valueLow"`,
  value_best: `c."valueBest"`,
  value_high: `c."valueHigh"`,
  qualifier: `c."qualifier"`,
  unit: `c."unit"`,
  category: `c."category"`,
  measure: `c."measure"`,
  as_of: `c."asOf"`,
  as_of_precision: `c."asOfPrecision"`,
  stance: `c."stance"`,
  outlet: `c."outlet"`,
  article_id: `c."articleId"`,
  article_file: `a."fileName"`,
  article_title: `a."title"`,
  article_url: `a."url"`,
  published: `a."published"`,
  date_note: `a."dateNote"`,
  quote: `c."quote"`,
  start: `c."start"`,
  end: `c."end"`,
  review_status: `c."reviewStatus"`,
  reject_reason: `c."rejectReason"`,
  // The machine's own reading beside the reviewed one: the same where no decision changed it, empty for a claim an analyst added.
  ...machineColumns(),
};

function machineColumns(): Record<`machine_${"value_low" | "value_best" | "value_high" | "source_id" | "source"}`, string> {
  const machine = (path: string, column: string) => `CASE WHEN c."addedBy" IS NOT NULL THEN NULL WHEN c."machine" IS NULL THEN ${column} ELSE json_extract(c."machine", '${path}') END`;
  return {
    machine_value_low: machine("$.value.low", `c."valueLow"`),
    machine_value_best: machine("$.value.best", `c."valueBest"`),
    machine_value_high: machine("$.value.high", `c."valueHigh"`),
    machine_source_id: machine("$.source.id", `c."sourceId"`),
    machine_source: `CASE WHEN c."addedBy" IS NOT NULL THEN NULL WHEN c."machine" IS NULL THEN ${FLAT_SOURCE}
      ELSE COALESCE(json_extract(c."machine", '$.source.name'), '${OWN_REPORTING}') END`,
  };
}
const FLAT_SELECT = `SELECT ${EXPORT_COLUMNS.map((column) => FLAT_COLUMNS[column]).join(", ")} ${FROM}`;
const CLAIM_SELECT = `SELECT c.*, a."fileName" ${FROM}`;

/** The order as the runs of claim-where.ts, each one walk of an index. */
function statements(select: string, key: SortKey, where: string): string[] {
  return orderedRuns(key).map((run) => `${select} WHERE ${where} AND ${run.where} ORDER BY ${run.orderBy}`);
}

interface Cursor<Row, Item> {
  select: string;
  /** Rows as arrays of values, in the select's column order, rather than objects. */
  raw: boolean;
  toItem: (row: Row) => Item;
}

function* readBatches<Row, Item>(db: SqliteDatabase, sql: string, params: unknown[], cursor: Cursor<Row, Item>, batchSize: number): Generator<Item[]> {
  const rows = db.prepare(sql).raw(cursor.raw).iterate(...params) as IterableIterator<Row>;
  let batch: Item[] = [];
  for (const row of rows) {
    batch.push(cursor.toItem(row));
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** A turn of the event loop: other requests are answered between two batches, not after the whole export. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Stopping early (a client that goes away) ends the read and closes the connection. */
async function* readAll<Row, Item>(filters: ClaimFilters, cursor: Cursor<Row, Item>, batchSize: number): AsyncGenerator<Item[]> {
  const db = openSqlite({ readonly: true });
  const where = claimWhereSql(filters);
  try {
    db.exec("BEGIN");
    for (const sql of statements(cursor.select, claimSortKey(filters.sort), where.sql)) {
      for (const batch of readBatches(db, sql, where.params, cursor, batchSize)) {
        yield batch;
        await nextTurn();
      }
    }
    db.exec("COMMIT");
  } finally {
    db.close();
  }
}

const flatCursor: Cursor<ExportCells, ExportCells> = { select: FLAT_SELECT, raw: true, toItem: withFigureAsStated };
const claimCursor: Cursor<Claim & { fileName: string }, StoredClaim> = {
  select: CLAIM_SELECT,
  raw: false,
  toItem: (row) => fromClaimRow({ ...row, article: { fileName: row.fileName } }),
};

/** The matching claims as spreadsheet rows (cells in EXPORT_COLUMNS order), every page, a batch at a time. */
export function iterateExportCells(filters: ClaimFilters, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ExportCells[]> {
  return readAll(filters, flatCursor, batchSize);
}

/** The matching claims in the contract's shape, every page, a batch at a time. */
export function iterateExportClaims(filters: ClaimFilters, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<StoredClaim[]> {
  return readAll(filters, claimCursor, batchSize);
}
