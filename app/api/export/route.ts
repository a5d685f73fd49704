import type { NextRequest } from "next/server";
import { z } from "zod";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportFileName } from "../../../lib/export/formats";
import { Slots } from "../../../lib/export/slots";
import { releasingWhenDone } from "../../../lib/export/text-stream";
import { readClaimFilters } from "../_lib/claim-params";
import { searchParamsToRecord, withoutKeys } from "../_lib/params";
import { answering, invalidParameter, jsonResponse } from "../_lib/responses";
import { exportInWorker } from "./worker-export";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(EXPORT_FORMATS).default("csv");
const FORMAT_HELP = `one of ${EXPORT_FORMATS.join(", ")}`;

/** Exports running at once, each in a worker thread of its own; one more is refused: with two cores, more would only slow each other. */
const EXPORT_SLOTS = new Slots(4);
const RETRY_AFTER_SECONDS = 5;

// The worker reads the first batch before the headers go out (so an unreadable
// database answers an error); an error after that can only cut the download
// short: it is logged here, and the stream ends in error so the client sees a
// broken download.
const logStreamError = (error: unknown) => console.error("Export failed while streaming:", error);

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
      stream = await exportInWorker({ format: format.data, filters }, logStreamError);
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
