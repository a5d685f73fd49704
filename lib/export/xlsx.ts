// A real spreadsheet, written as the rows come: exceljs's streaming writer
// commits each row to the zip instead of building the workbook in memory.
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { DATE_COLUMNS, EXPORT_COLUMNS, type ExportCell, type ExportCells } from "./columns";

const WIDE_COLUMNS: Partial<Record<(typeof EXPORT_COLUMNS)[number], number>> = {
  question: 40,
  question_label: 40,
  figure_as_stated: 28,
  article_url: 40,
  date_note: 60,
  source: 24,
  measure: 40,
  outlet: 20,
  article_file: 28,
  article_title: 50,
  quote: 80,
};

const DATE_AT = DATE_COLUMNS.map((column) => EXPORT_COLUMNS.indexOf(column));

/** A date cell shows the precision the text gives: a month stays "2024-10", not "2024-10-01". */
const DATE_FORMATS: Record<number, string> = { 4: "yyyy", 7: "yyyy-mm", 10: "yyyy-mm-dd" };

/** "2024-10-23" → a real date (UTC midnight); a cell that is not an ISO date stays as it is. */
export function isoToDate(value: ExportCell): Date | null {
  if (typeof value !== "string" || !DATE_FORMATS[value.length]) return null;
  const [year, month = 1, day = 1] = value.split("-").map(Number);
  if (!year || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return Number.isNaN(date.getTime()) ? null : date;
}

function addClaimRow(sheet: ExcelJS.Worksheet, cells: ExportCells) {
  const row = sheet.addRow(cells);
  for (const index of DATE_AT) {
    const iso = cells[index];
    const date = isoToDate(iso ?? null);
    if (!date || typeof iso !== "string") continue;
    const cell = row.getCell(index + 1);
    cell.value = date;
    cell.numFmt = DATE_FORMATS[iso.length]!;
  }
  row.commit();
}

async function drainedOrClosed(out: PassThrough) {
  const done = new AbortController();
  try {
    await Promise.race([once(out, "drain", { signal: done.signal }), once(out, "close", { signal: done.signal })]);
  } finally {
    done.abort(); // drop the listener that did not fire
  }
}

async function writeWorkbook(batches: AsyncIterable<ExportCells[]>, out: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // The header row carries a filter, so a spreadsheet user can pick a source or a question at once.
  const sheet = workbook.addWorksheet("Claims", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  sheet.columns = EXPORT_COLUMNS.map((column) => ({ header: column, key: column, width: WIDE_COLUMNS[column] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const batch of batches) {
    // exceljs does not wait for the reader: wait here, so memory stays bounded.
    if (out.writableNeedDrain) await drainedOrClosed(out);
    // The client went away: stop reading the database.
    if (out.destroyed) return;
    for (const cells of batch) addClaimRow(sheet, cells);
  }
  sheet.commit();
  await workbook.commit();
}

/** The workbook as a byte stream; an error while writing ends the stream with that error. */
export function xlsxStream(batches: AsyncIterable<ExportCells[]>, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writeWorkbook(batches, out).catch((error: unknown) => {
    onError(error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
