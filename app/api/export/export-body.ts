// What an export sends, as bytes: the rows read through one snapshot of the
// database and written as CSV, JSON or XLSX. It runs in the export worker
// (export-worker.ts), off the thread that answers every other request.
import { iterateExportCells, iterateExportClaims } from "../../../db/read/export-rows";
import { csvChunks } from "../../../lib/export/csv";
import type { ExportFormat } from "../../../lib/export/formats";
import { jsonArrayObjectChunks } from "../../../lib/export/json-stream";
import { startedWith, textStream } from "../../../lib/export/text-stream";
import { xlsxStream } from "../../../lib/export/xlsx";
import type { ClaimFilters } from "../../../lib/filters/claim-filters";

/** What the worker is asked to export: plain data, as a thread receives it. */
export interface ExportJob {
  format: ExportFormat;
  filters: ClaimFilters;
  /** The database to read (DATABASE_URL where the request runs): a kept worker serves exports after the environment it started with changed. */
  databaseUrl?: string;
}

// An error while streaming ends the stream with that error; whoever reads it reports it.
const passOn = () => {};

async function firstRead<T>(batches: AsyncGenerator<T[]>): Promise<AsyncGenerator<T[]>> {
  return startedWith(await batches.next(), batches);
}

/**
 * The file as a byte stream. The first batch is read before this resolves,
 * so a database that cannot be read rejects here, before any header is sent.
 */
export async function exportBody({ format, filters }: ExportJob): Promise<ReadableStream<Uint8Array>> {
  if (format === "xlsx") return xlsxStream(await firstRead(iterateExportCells(filters)), passOn);
  if (format === "csv") return textStream(csvChunks(await firstRead(iterateExportCells(filters))), passOn);
  const applied = { ...filters, page: undefined, pageSize: undefined }; // dropped by JSON.stringify
  const claims = await firstRead(iterateExportClaims(filters));
  return textStream(jsonArrayObjectChunks("claims", claims, (total) => ({ total, filters: applied })), passOn);
}
