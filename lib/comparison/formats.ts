// What a comparison table can be downloaded as, and how each file is named.
import { comparisonCsv } from "./serialize/csv";
import { comparisonHtml } from "./serialize/html";
import { comparisonJson } from "./serialize/json";
import { comparisonMarkdown } from "./serialize/markdown";
import { comparisonXlsx } from "./serialize/xlsx";
import type { ComparisonTableData } from "./types";

export const COMPARISON_FORMATS = ["json", "csv", "xlsx", "md", "html"] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

const CONTENT_TYPES: Record<ComparisonFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
};

/** A file name that says what is in it: `triangulate-comparison-deployed-soldiers-…-2024-11-05.xlsx`. */
export function comparisonFileName(what: string, format: ComparisonFormat, now: Date): string {
  const slug = what.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80);
  return `triangulate-comparison-${slug || "table"}-${now.toISOString().slice(0, 10)}.${format}`;
}

export async function serializeComparison(table: ComparisonTableData, format: ComparisonFormat): Promise<{ body: string | Uint8Array; contentType: string }> {
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case "json":
      return { body: JSON.stringify(comparisonJson(table), null, 2), contentType };
    case "csv":
      return { body: comparisonCsv(table), contentType };
    case "xlsx":
      return { body: new Uint8Array(await comparisonXlsx(table)), contentType };
    case "md":
      return { body: comparisonMarkdown(table), contentType };
    case "html":
      return { body: comparisonHtml(table), contentType };
  }
}
