// CSV as Excel and LibreOffice open it without an import dialog: UTF-8 with a
// byte-order mark (else Excel reads the accents as Windows-1252), CRLF line
// ends and RFC 4180 quoting.
import { EXPORT_COLUMNS, type ExportCell, type ExportCells } from "./columns";

export const CSV_BOM = "\uFEFF";
export const CSV_LINE_END = "\r\n";

// A spreadsheet runs a cell that starts with one of these as a formula
// (OWASP "CSV injection"): quotes come from news articles, so they are untrusted.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: ExportCell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(values: readonly ExportCell[]): string {
  return values.map(csvCell).join(",") + CSV_LINE_END;
}

/** The whole file, one chunk per batch of rows, so it can be streamed as it is read. */
export async function* csvChunks(batches: AsyncIterable<ExportCells[]>): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(EXPORT_COLUMNS);
  for await (const batch of batches) {
    if (batch.length) yield batch.map(csvRow).join("");
  }
}
