// The sources page's search params, which are also /api/comparison's: the
// agency, category and date range of the explorer, read the same two ways.
import { z } from "zod";
import { CLAIM_FILTER_FIELDS, CLAIM_FILTER_HELP, parseForgiving, type SearchParamsRecord } from "./claim-filters";

export const COMPARISON_FILTER_FIELDS = {
  source: CLAIM_FILTER_FIELDS.source,
  category: CLAIM_FILTER_FIELDS.category,
  from: CLAIM_FILTER_FIELDS.from,
  to: CLAIM_FILTER_FIELDS.to,
};
const schema = z.object(COMPARISON_FILTER_FIELDS);
export type ComparisonFilters = z.infer<typeof schema>;

export const COMPARISON_FILTER_HELP: Record<string, string> = Object.fromEntries(Object.keys(COMPARISON_FILTER_FIELDS).map((key) => [key, CLAIM_FILTER_HELP[key] ?? "a valid value"]));

/** A plain GET form sends its empty fields as "": they mean "not set". */
function withoutEmpty(params: SearchParamsRecord): SearchParamsRecord {
  const kept = Object.entries(params).map(([key, value]): [string, SearchParamsRecord[string]] => [key, Array.isArray(value) ? value.filter((v) => v !== "") : value === "" ? undefined : value]);
  return Object.fromEntries(kept);
}

export function parseComparisonFilters(params: SearchParamsRecord) {
  return parseForgiving(COMPARISON_FILTER_FIELDS, withoutEmpty(params));
}

export function parseComparisonFiltersStrict(params: SearchParamsRecord) {
  return schema.safeParse(params);
}

export function comparisonFiltersToSearchParams(filters: ComparisonFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const id of filters.source) params.append("source", id);
  if (filters.category) params.set("category", filters.category);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  return params;
}

/** The filters in words, for the page and the export's first lines: "sources gur, nis; category deployed; from 2024-10". */
export function describeComparisonFilters(filters: ComparisonFilters, sourceNames: ReadonlyMap<string, string> = new Map()): string {
  const parts: string[] = [];
  if (filters.source.length) parts.push(`sources ${filters.source.map((id) => sourceNames.get(id) ?? id).join(", ")}`);
  if (filters.category) parts.push(`category ${filters.category}`);
  if (filters.from) parts.push(`from ${filters.from}`);
  if (filters.to) parts.push(`to ${filters.to}`);
  return parts.length ? parts.join("; ") : "none (every source and question)";
}
