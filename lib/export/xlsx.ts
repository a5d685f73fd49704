// A real spreadsheet, written as the rows come: exceljs's streaming writer
// commits each row to the zip instead of building the workbook in memory.
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { EXPORT_COLUMNS, type ExportCells } from "./columns";

const WIDE_COLUMNS: Partial<Record<(typeof EXPORT_COLUMNS)[number], number>> = {
  question: 40,
  source: 24,
  measure: 40,
  outlet: 20,
  article_file: 28,
  article_title: 50,
  quote: 80,
};

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
  const sheet = workbook.addWorksheet("Claims", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({ header: column, key: column, width: WIDE_COLUMNS[column] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const batch of batches) {
    // exceljs does not wait for the reader: wait here, so memory stays bounded.
    if (out.writableNeedDrain) await drainedOrClosed(out);
    // The client went away: stop reading the database.
    if (out.destroyed) return;
    for (const cells of batch) sheet.addRow(cells).commit();
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
