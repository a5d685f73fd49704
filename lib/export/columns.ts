// One flat row per claim, the same for CSV and XLSX: a spreadsheet user should
// not have to unpack nested objects to filter by source or sort by value.
import type { ExtractedClaim } from "../claims/claim";

/** A claim in the contract's shape, as the API and the JSON export give it. */
export type StoredClaim = ExtractedClaim & { id: number; article: number; question: string | null };

/** A claim with what a flat export shows of its article beside it. */
export interface ExportItem {
  claim: StoredClaim;
  outlet: string | null;
  articleTitle: string;
  published: string | null;
}

export const EXPORT_COLUMNS = [
  "id",
  "question",
  "source_id",
  "source",
  "value_low",
  "value_best",
  "value_high",
  "qualifier",
  "unit",
  "category",
  "measure",
  "as_of",
  "as_of_precision",
  "stance",
  "outlet",
  "article_id",
  "article_file",
  "article_title",
  "published",
  "quote",
  "start",
  "end",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Numbers stay numbers so that spreadsheets can sum and sort them; null is an empty cell. */
export type ExportCell = string | number | null;
export type ExportRow = Record<ExportColumn, ExportCell>;

export function toExportRow({ claim, outlet, articleTitle, published }: ExportItem): ExportRow {
  return {
    id: claim.id,
    question: claim.question,
    source_id: claim.source?.id ?? null,
    source: claim.source?.name ?? null,
    value_low: claim.value.low,
    value_best: claim.value.best,
    value_high: claim.value.high,
    qualifier: claim.qualifier,
    unit: claim.unit,
    category: claim.category,
    measure: claim.measure,
    as_of: claim.asOf,
    as_of_precision: claim.asOfPrecision,
    stance: claim.stance,
    outlet,
    article_id: claim.article,
    article_file: claim.file,
    article_title: articleTitle,
    published,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
  };
}

/** The row's cells in column order. */
export function exportCells(row: ExportRow): ExportCell[] {
  return EXPORT_COLUMNS.map((column) => row[column]);
}
