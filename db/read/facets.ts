// Facet counts: for each facet, how many claims each of its options gives
// with every other filter as it is. The facet's own filter is left out, so
// that the counts say what choosing another option would give (a count beside
// "GUR" is what source=gur gives with the rest of the filters).
import type { ClaimFilters } from "../../lib/filters/claim-filters";
import { FACETS, type Facet, type FacetCount, type FacetCounts } from "../../lib/filters/facets";
import { claimWhereSql } from "./claim-where";
import { reader } from "./reader";

/** Beyond this many options a facet lists its largest only. */
export const FACET_LIMIT = 200;

const FACET_COLUMNS: Record<Exclude<Facet, "language">, string> = {
  source: `c."sourceId"`,
  category: `c."category"`,
  outlet: `c."outlet"`,
  question: `c."questionId"`,
  stance: `c."stance"`,
};

function facetSql(facet: Facet, where: string): string {
  if (facet === "language") {
    return `SELECT a."language" AS value, count(*) AS count FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE ${where} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}`;
  }
  const column = FACET_COLUMNS[facet];
  return `SELECT ${column} AS value, count(*) AS count FROM "Claim" c WHERE ${where} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}`;
}

export function fetchFacetCounts(filters: ClaimFilters, facets: readonly Facet[] = FACETS): Partial<FacetCounts> {
  const db = reader();
  const counts: Partial<FacetCounts> = {};
  for (const facet of facets) {
    const where = claimWhereSql(filters, facet);
    counts[facet] = db.prepare(facetSql(facet, where.sql)).all(...where.params) as FacetCount[];
  }
  return counts;
}
