import { claimFiltersToSearchParams, type ClaimFilters } from "../filters/claim-filters";

// What /api/export can answer with, and how each answer is labelled.
export const EXPORT_FORMATS = ["csv", "json", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const MAX_FILTER_CHARS = 80;

/** "Avion-Chasse.fr" → "avion-chasse-fr": safe in a file name on every system. */
function slug(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** The filter in a file name: "source-gur-nis_category-deployed", or "all" when nothing is filtered. */
export function filterSlug(filters: Partial<ClaimFilters>): string {
  const params = claimFiltersToSearchParams({ ...filters, sort: undefined, page: undefined, pageSize: undefined });
  const byKey = new Map<string, string[]>();
  for (const [key, value] of params) byKey.set(key, [...(byKey.get(key) ?? []), slug(value)]);
  const text = [...byKey].map(([key, values]) => `${slug(key)}-${values.join("-")}`).join("_");
  if (!text) return "all";
  return text.length > MAX_FILTER_CHARS ? text.slice(0, MAX_FILTER_CHARS).replace(/[-_]+$/, "") : text;
}

/** `triangulate-claims-source-gur-2024-11-05.csv`: what was exported, and the day of the export (UTC). */
export function exportFileName(format: ExportFormat, filters: Partial<ClaimFilters> = {}, now: Date = new Date()): string {
  return `triangulate-claims-${filterSlug(filters)}-${now.toISOString().slice(0, 10)}.${format}`;
}
