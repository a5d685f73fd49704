// The overview's search params: a subset of the explorer's, read the same forgiving way.
import { CLAIM_FILTER_FIELDS, CLAIM_FILTER_HELP, parseForgiving, type SearchParamsRecord } from "./claim-filters";

export const OVERVIEW_PAGE_SIZE = 20;

const OVERVIEW_FIELDS = {
  source: CLAIM_FILTER_FIELDS.source,
  category: CLAIM_FILTER_FIELDS.category,
  page: CLAIM_FILTER_FIELDS.page,
};

export const OVERVIEW_PARAM_HELP = { source: CLAIM_FILTER_HELP.source!, category: CLAIM_FILTER_HELP.category!, page: CLAIM_FILTER_HELP.page! };

export function parseOverviewParams(params: SearchParamsRecord) {
  return parseForgiving(OVERVIEW_FIELDS, params);
}
export type OverviewFilters = ReturnType<typeof parseOverviewParams>["filters"];

/** The overview URL for these filters, defaults left out. */
export function overviewHref(filters: OverviewFilters): string {
  const params = new URLSearchParams();
  for (const s of filters.source) params.append("source", s);
  if (filters.category) params.set("category", filters.category);
  if (filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
