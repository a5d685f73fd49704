// Answers a comparison table in the format asked for (?format=json by default).
import { z } from "zod";
import { COMPARISON_FORMATS, comparisonFileName, serializeComparison, type ComparisonFormat } from "../../../lib/comparison/formats";
import type { ComparisonTableData } from "../../../lib/comparison/types";
import { invalidParameter } from "./responses";

const formatSchema = z.enum(COMPARISON_FORMATS).default("json");
export const COMPARISON_FORMAT_HELP = `one of ${COMPARISON_FORMATS.join(", ")}`;

/** The format named by ?format=, or the 400 answer that says what it accepts. */
export function comparisonFormat(value: unknown): { format: ComparisonFormat } | { error: Response } {
  const parsed = formatSchema.safeParse(value);
  if (parsed.success) return { format: parsed.data };
  return { error: invalidParameter("format", `Cannot give a comparison as format=${JSON.stringify(value).slice(0, 100)}: expected ${COMPARISON_FORMAT_HELP}.`, COMPARISON_FORMAT_HELP) };
}

export async function comparisonResponse(table: ComparisonTableData, format: ComparisonFormat, fileSubject: string, now: Date): Promise<Response> {
  const { body, contentType } = await serializeComparison(table, format);
  const headers: Record<string, string> = { "Content-Type": contentType, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (format !== "json") headers["Content-Disposition"] = `attachment; filename="${comparisonFileName(fileSubject, format, now)}"`;
  return new Response(body as BodyInit, { headers });
}
