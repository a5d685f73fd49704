// One flat row per claim, the same for CSV and XLSX: a spreadsheet user should
// not have to unpack nested objects to filter by source or sort by value. The
// database reads the rows already flat (db/read/export-rows.ts), so that a
// million of them stream without building a claim object for each.
import type { ExtractedClaim } from "../claims/claim";

/** A claim in the contract's shape, as the API and the JSON export give it. */
export type StoredClaim = ExtractedClaim & { id: number; article: number; question: string | null };

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

/** A row's cells in EXPORT_COLUMNS order, as CSV and XLSX write them. */
export type ExportCells = ExportCell[];
