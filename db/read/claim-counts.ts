// How many claims a page's filters select: counted up to a cap, since an
// exact count of a common word reads every match, and exactly from the kept
// facet counts or the full-text index where those answer it.
import type { ClaimFilters } from "../../lib/filters/claim-filters";
import { claimWhereSql, type SqlCondition } from "./claim-where";
import type { Search } from "./claim-list-plans";
import { countFromFacetCounts } from "./facets";
import { reader } from "./reader";

/** The matching rows counted up to `limit`. */
export function countRows(where: SqlCondition, extra: string, limit: number): number {
  const row = reader().prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM "Claim" c WHERE ${where.sql} AND ${extra} LIMIT ?)`).get(...where.params, limit) as { n: number };
  return row.n;
}

/**
 * Beyond this many claims a page's count stops and says "more than": an
 * exact count reads every match (half a million for a common word), which
 * costs more than the page. Counts from the kept facet counts stay exact.
 */
export const COUNT_CAP = 10_000;

/** How many claims a page's filters select, or, when `lowerBound`, at least how many (more match). */
export interface ClaimTotal {
  total: number;
  lowerBound: boolean;
}

const capped = (n: number): ClaimTotal => (n > COUNT_CAP ? { total: COUNT_CAP, lowerBound: true } : { total: n, lowerBound: false });

/** The matching claims counted up to one past COUNT_CAP. */
function countRowsCapped(where: SqlCondition): ClaimTotal {
  return capped(countRows(where, "1", COUNT_CAP + 1));
}

/**
 * The total a page by number shows: past the cap the count is at least the
 * rows up to the page (`skip`, `rows`, whether `more` follow it), and exact on the last page.
 */
export function pageTotal(counted: ClaimTotal, page: { skip: number; rows: number; more: boolean }): ClaimTotal {
  if (!counted.lowerBound || page.rows === 0) return counted;
  const seen = page.skip + page.rows;
  return page.more ? { total: Math.max(counted.total, seen), lowerBound: true } : { total: seen, lowerBound: false };
}

/** The count when it is exact, which lets a deep page be read from the end. */
export const exactTotal = (counted: ClaimTotal) => (counted.lowerBound ? undefined : counted.total);

export function countUpToCap(filters: ClaimFilters, search: Search | null): ClaimTotal {
  // A search alone is counted in the full-text index, and filters on the facets' columns alone from the kept counts (exactly), without reading a claim.
  if (search !== null && claimWhereSql({ ...filters, q: undefined }).sql === "1") return capped(search.matches);
  const exact = countFromFacetCounts(filters);
  return exact !== null ? { total: exact, lowerBound: false } : countRowsCapped(claimWhereSql(filters));
}
