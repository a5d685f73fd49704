import type { NextRequest } from "next/server";
import { z } from "zod";
import { iterateExportCells, iterateExportClaims } from "../../../db/read/export-rows";
import { csvChunks } from "../../../lib/export/csv";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportFileName, type ExportFormat } from "../../../lib/export/formats";
import { jsonArrayObjectChunks } from "../../../lib/export/json-stream";
import { textStream } from "../../../lib/export/text-stream";
import { xlsxStream } from "../../../lib/export/xlsx";
import type { ClaimFilters } from "../../../lib/filters/claim-filters";
import { readClaimFilters } from "../_lib/claim-params";
import { searchParamsToRecord, withoutKeys } from "../_lib/params";
import { answering, invalidParameter } from "../_lib/responses";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(EXPORT_FORMATS).default("csv");
const FORMAT_HELP = `one of ${EXPORT_FORMATS.join(", ")}`;

// Headers are sent before the rows are read, so an error mid-export can only
// cut the download short: it is logged here.
const logStreamError = (error: unknown) => console.error("Export failed while streaming:", error);

function body(format: ExportFormat, filters: ClaimFilters): ReadableStream<Uint8Array> {
  if (format === "xlsx") return xlsxStream(iterateExportCells(filters), logStreamError);
  if (format === "csv") return textStream(csvChunks(iterateExportCells(filters)), logStreamError);
  const applied = { ...filters, page: undefined, pageSize: undefined }; // dropped by JSON.stringify
  return textStream(jsonArrayObjectChunks("claims", iterateExportClaims(filters), (total) => ({ total, filters: applied })), logStreamError);
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
    return new Response(body(format.data, filters), {
      headers: {
        "Content-Type": EXPORT_CONTENT_TYPES[format.data],
        "Content-Disposition": `attachment; filename="${exportFileName(format.data, filters)}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
