// Facet counts: for each facet, how many claims each of its options gives
// with every other filter as it is. The facet's own filter is left out, so
// that the counts say what choosing another option would give (a count beside
// "GUR" is what source=gur gives with the rest of the filters).
//
// The counts add up rows of combinations: how many claims share each value of
// the facets' columns (source, category, outlet, question, stance, language).
// With no filter but the facets' own (the explorer's usual state: nothing, an
// agency, a category and an agency …), those rows are ClaimFacet, kept by the
// writes (migration facet_counts): a few thousand rows in place of every
// claim. Any other filter (a search, dates, figures …) first groups the claims
// it selects into such rows, in one pass, and the six facets read them. That
// pass grows with the matches (a common word is in half a million claims at
// 1.6M), so beyond FACET_SAMPLE matches it groups the latest FACET_SAMPLE of
// them only (the highest ids, the last stored) and says so: the counts are
// then a sample's, which the page and the API state beside them. The pass
// reads the claims' facet columns from ClaimFacetRow (migration
// claim_facet_rows), narrow rows under the claims' ids kept by the writes:
// looking 10,000 claims up in the wide Claim rows took 170–210 ms at 1.6M.
import { claimFiltersSchema, type ClaimFilters } from "../../lib/filters/claim-filters";
import { FACETS, type Facet, type FacetCount, type FacetCounts } from "../../lib/filters/facets";
import { claimWhereSql, type SqlCondition } from "./claim-where";
import { reader } from "./reader";
import { searchMatch } from "./search-match";
import { untilWrite } from "./until-write";

/** Beyond this many options a facet lists its largest only. */
export const FACET_LIMIT = 200;
/** Beyond this many claims selected by filters ClaimFacet cannot count, the facets count the latest this many. */
export const FACET_SAMPLE = 10_000;

type Filter = Omit<ClaimFilters, "sort" | "page" | "pageSize">;

const FACET_COLUMNS: Record<Facet, string> = {
  source: `"sourceId"`,
  category: `"category"`,
  outlet: `"outlet"`,
  question: `"questionId"`,
  stance: `"stance"`,
  language: `"language"`,
};

const NO_FILTER: Filter = claimFiltersSchema.parse({});
/** The filters on the facets' own columns (ownVoice is a test of sourceId). */
const FACET_FILTERS = ["source", "question", "category", "outlet", "stance", "ownVoice", "language"] as const satisfies readonly (keyof Filter)[];

function pick(filters: Filter, keys: readonly (keyof Filter)[]): Partial<Filter> {
  return Object.fromEntries(keys.map((key) => [key, filters[key]]));
}

/** The filters on the facets' columns, leaving out one facet's, as a condition on rows of combinations aliased `c` (whose language is a column). */
function facetFilterSql(filters: Filter, skip?: Facet): SqlCondition {
  const where = claimWhereSql({ ...NO_FILTER, ...pick(filters, FACET_FILTERS), language: undefined }, skip);
  if (skip === "language" || !filters.language) return where;
  return { sql: `${where.sql} AND c."language" = ?`, params: [...where.params, filters.language] };
}

/** The rest of the filters, which ClaimFacet has no column for, as a condition on Claim; null when there is none. */
function otherFilters(filters: Filter): SqlCondition | null {
  const where = claimWhereSql({ ...filters, ...pick(NO_FILTER, FACET_FILTERS) });
  return where.sql === "1" ? null : where;
}

/** The filters besides the facets' that ClaimFacetRow can test itself: a search reads only the claim's id, a figure range its figures. */
const NARROW_FILTERS = ["q", "min", "max"] as const satisfies readonly (keyof Filter)[];

/** The table whose rows the latest matches are walked in: ClaimFacetRow when its columns hold every filter, so the walk reads narrow rows. */
function walkedTable(filters: Filter): string {
  // A text with no word in it is matched in the quote and other columns that only Claim holds.
  const wordless = filters.q !== undefined && searchMatch("ClaimSearch", filters.q) === null;
  return !wordless && otherFilters({ ...filters, ...pick(NO_FILTER, NARROW_FILTERS) }) === null ? "ClaimFacetRow" : "Claim";
}

const COMBINATION_COLUMNS = `c."sourceId", c."category", c."outlet", c."questionId", c."stance", c."language"`;

/**
 * The ids of the latest `size + 1` claims these filters select (one more
 * tells whether there are more than `size`), as a CTE named Latest. A search
 * with no other filter but the facets' reads them from the full-text index,
 * in id order, without looking a claim up; a figure range (with a search or
 * not) walks the narrow rows of ClaimFacetRow; any other filter walks Claim.
 */
function latestMatches(filters: Filter, size: number): SqlCondition {
  const alone = filters.q && otherFilters({ ...filters, q: undefined }) === null;
  const match = alone ? searchMatch("ClaimSearch", filters.q!) : null;
  if (match) {
    return { sql: `"Latest" AS MATERIALIZED (SELECT "rowid" AS "id" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ? ORDER BY "rowid" DESC LIMIT ${size + 1})`, params: [match] };
  }
  const where = claimWhereSql({ ...filters, ...pick(NO_FILTER, FACET_FILTERS) });
  return { sql: `"Latest" AS MATERIALIZED (SELECT c."id" FROM "${walkedTable(filters)}" c WHERE ${where.sql} ORDER BY c."id" DESC LIMIT ${size + 1})`, params: where.params };
}

/** The latest `size` claims the filters select, grouped into rows of combinations, as a CTE named Combinations after Latest. */
function combinationsOf(filters: Filter, size: number): SqlCondition {
  const latest = latestMatches(filters, size);
  return {
    sql: `WITH ${latest.sql}, "Combinations" AS MATERIALIZED (SELECT ${COMBINATION_COLUMNS}, count(*) AS "claims"
      FROM "ClaimFacetRow" c WHERE c."id" IN (SELECT "id" FROM "Latest" ORDER BY "id" DESC LIMIT ${size}) GROUP BY 1, 2, 3, 4, 5, 6)`,
    params: latest.params,
  };
}

function facetSelect(facet: Facet, table: string, where: SqlCondition): SqlCondition {
  const column = FACET_COLUMNS[facet];
  return {
    sql: `SELECT * FROM (SELECT '${facet}' AS facet, c.${column} AS value, sum(c."claims") AS count FROM "${table}" c WHERE ${where.sql}
      GROUP BY 2 HAVING count > 0 ORDER BY 3 DESC, 2 LIMIT ${FACET_LIMIT})`,
    params: where.params,
  };
}

/** How many claims filters on the facets' columns alone select, from ClaimFacet; null when another filter is set. */
export function countFromFacetCounts(filters: ClaimFilters): number | null {
  if (otherFilters(filters)) return null;
  const where = facetFilterSql(filters);
  return untilWrite(`count ${JSON.stringify(where)}`, () => (reader().prepare(`SELECT coalesce(sum(c."claims"), 0) AS n FROM "ClaimFacet" c WHERE ${where.sql}`).get(...where.params) as { n: number }).n);
}

export interface FacetResult {
  counts: Partial<FacetCounts>;
  /** Null when the counts are exact; else how many of the latest selected claims they count (more claims match). */
  sample: number | null;
}

/** Counts per option of each facet under the other filters; over the latest `sampleSize` claims when more match filters ClaimFacet cannot count. */
export function fetchFacetCounts(filters: ClaimFilters, facets: readonly Facet[] = FACETS, sampleSize = FACET_SAMPLE): FacetResult {
  const other = otherFilters(filters) !== null;
  // Counts from ClaimFacet alone are the same until the next write: kept till then.
  if (!other) return untilWrite(`facets ${JSON.stringify([pick(filters, FACET_FILTERS), facets])}`, () => countFacets(filters, facets, sampleSize, false));
  // So are a search's or a figure range's, which group thousands of claims (30–100 ms at 1.7M): every page of
  // the same search shows the same counts, and only the first after a write pays for them.
  const filter: Filter & Partial<ClaimFilters> = { ...filters, sort: undefined, page: undefined, pageSize: undefined };
  return untilWrite(`facets ${JSON.stringify([filter, facets, sampleSize])}`, () => countFacets(filters, facets, sampleSize, true));
}

function countFacets(filters: ClaimFilters, facets: readonly Facet[], sampleSize: number, other: boolean): FacetResult {
  const table = other ? "Combinations" : "ClaimFacet";
  const selects = facets.map((facet) => facetSelect(facet, table, facetFilterSql(filters, facet)));
  const head = other ? combinationsOf(filters, sampleSize) : { sql: "", params: [] };
  // One more row tells whether Latest found more claims than the sample holds.
  const more = other ? ` UNION ALL SELECT 'more' AS facet, NULL AS value, count(*) > ${sampleSize} AS count FROM "Latest"` : "";
  const sql = `${head.sql} ${selects.map((s) => s.sql).join(" UNION ALL ")}${more}`;
  const rows = reader().prepare(sql).all(...head.params, ...selects.flatMap((s) => s.params)) as (FacetCount & { facet: Facet | "more" })[];
  const counts: Partial<FacetCounts> = Object.fromEntries(facets.map((facet) => [facet, []]));
  let sampled = false;
  for (const { facet, value, count } of rows) {
    if (facet === "more") sampled = count === 1;
    else counts[facet]!.push({ value, count });
  }
  return { counts, sample: sampled ? sampleSize : null };
}
