import type { NextRequest } from "next/server";
import { z } from "zod";
import { iterateExportCells, iterateExportClaims } from "../../../db/read/export-rows";
import { csvChunks } from "../../../lib/export/csv";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportFileName, type ExportFormat } from "../../../lib/export/formats";
import { jsonArrayObjectChunks } from "../../../lib/export/json-stream";
import { Slots } from "../../../lib/export/slots";
import { releasingWhenDone, startedWith, textStream } from "../../../lib/export/text-stream";
import { xlsxStream } from "../../../lib/export/xlsx";
import type { ClaimFilters } from "../../../lib/filters/claim-filters";
import { readClaimFilters } from "../_lib/claim-params";
import { searchParamsToRecord, withoutKeys } from "../_lib/params";
import { answering, invalidParameter, jsonResponse } from "../_lib/responses";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(EXPORT_FORMATS).default("csv");
const FORMAT_HELP = `one of ${EXPORT_FORMATS.join(", ")}`;

/** Exports running at once; one more waits for a slot: with two cores, more would only slow every page. */
const EXPORT_SLOTS = new Slots(4);
const RETRY_AFTER_SECONDS = 5;

// The first batch is read before the headers go out (so an unreadable database
// answers an error); an error after that can only cut the download short: it is
// logged here, and the stream ends in error so the client sees a broken download.
const logStreamError = (error: unknown) => console.error("Export failed while streaming:", error);

async function firstRead<T>(batches: AsyncGenerator<T[]>): Promise<AsyncGenerator<T[]>> {
  return startedWith(await batches.next(), batches);
}

async function body(format: ExportFormat, filters: ClaimFilters): Promise<ReadableStream<Uint8Array>> {
  if (format === "xlsx") return xlsxStream(await firstRead(iterateExportCells(filters)), logStreamError);
  if (format === "csv") return textStream(csvChunks(await firstRead(iterateExportCells(filters))), logStreamError);
  const applied = { ...filters, page: undefined, pageSize: undefined }; // dropped by JSON.stringify
  const claims = await firstRead(iterateExportClaims(filters));
  return textStream(jsonArrayObjectChunks("claims", claims, (total) => ({ total, filters: applied })), logStreamError);
}

function tooManyExports() {
  const response = jsonResponse(
    { error: { code: "too_many_exports", message: `${EXPORT_SLOTS.size} exports are already running; try again in a few seconds.` } },
    429,
  );
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return response;
}

function exportUnavailable() {
  const message = "The export could not read the database, so nothing was sent. Try again; if it keeps failing, check that the database exists and is readable (npm start creates it).";
  return jsonResponse({ error: { code: "export_unavailable", message } }, 503);
}

/** Every claim the explorer shows for these filters (all pages, same order), as CSV, JSON or XLSX. */
export function GET(request: NextRequest) {
  return answering(async () => {
    const record = searchParamsToRecord(request.nextUrl.searchParams);
    const format = formatSchema.safeParse(record.format);
    if (!format.success) return invalidParameter("format", `Cannot export as format=${JSON.stringify(record.format).slice(0, 100)}: expected ${FORMAT_HELP}.`, FORMAT_HELP);
    // An export is every page: page and pageSize are not read at all.
    const { filters, error } = await readClaimFilters(withoutKeys(record, ["format", "page", "pageSize"]));
    if (error) return error;
    const release = EXPORT_SLOTS.take();
    if (!release) return tooManyExports();
    let stream: ReadableStream<Uint8Array>;
    try {
      stream = await body(format.data, filters);
    } catch (error) {
      release();
      console.error("Export could not start:", error);
      return exportUnavailable();
    }
    return new Response(releasingWhenDone(stream, release), {
      headers: {
        "Content-Type": EXPORT_CONTENT_TYPES[format.data],
        "Content-Disposition": `attachment; filename="${exportFileName(format.data, filters)}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
