// How each list condition of the claims page is read: by walking the order's
// index and testing rows, or by reading the condition's matches first (the
// full-text index's list for a search). Chosen per request from the share of
// claims the condition keeps.
import { claimFiltersSchema, type ClaimFilters } from "../../lib/filters/claim-filters";
import { claimWhereSql, type ListPlans, type SearchPlan } from "./claim-where";
import { COUNT_CAP, countRows } from "./claim-counts";
import { reader } from "./reader";
import { isSpelledOut, searchMatch } from "./search-match";
import { untilWrite } from "./until-write";

/** A search's MATCH expression and how many claims hold every searched word, up to one past COUNT_CAP. */
export interface Search {
  match: string;
  matches: number;
}

/** The search of these filters, counted in the full-text index (each claim has one row there); null with no word to search. */
export function searchMatches(filters: ClaimFilters): Search | null {
  const match = filters.q ? searchMatch("ClaimSearch", filters.q) : null;
  if (!match) return null;
  // Kept until the next write, as the expression is: every page of a search asks again, and two common words
  // are counted by intersecting their lists (troops killed: 35 ms at 1.7M claims).
  return untilWrite(`search matches ${match}`, () => {
    const sql = `SELECT count(*) AS n FROM (SELECT "rowid" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ? LIMIT ${COUNT_CAP + 1})`;
    return { match, matches: (reader().prepare(sql).get(match) as { n: number }).n };
  });
}

/**
 * Reading `wanted` rows in order by walking the order's index costs about
 * wanted / share rows, where share is the part of all claims a list condition
 * keeps; reading the list costs share × claims: the walk wins when
 * share² × claims > wanted. (The largest id stands for the number of claims,
 * or of articles, which counting would cost as much as the search.)
 */
function planFor(share: number, wanted: number, claims: number): SearchPlan {
  return share * share * claims > wanted ? "order" : "matches";
}

/**
 * A look-up in the full-text index costs about LOOKUP_COST times as much as
 * reading one id from its list, on an index merged into one segment as the
 * bulk commands leave it (db/write/search-index.ts): at 1.7M claims under
 * load, 0.025–0.06 ms a look-up against 0.2–0.5 µs an id, so 65–155 by the
 * pages of 'Koursk', 'pentagone' and 'troops killed' read both ways. The rows
 * walked in date order also hold fewer matches than the share says where the
 * matches bunch (one language's words): looking the walked rows up wins over
 * reading the list once the list is that many times longer than the rows
 * walked ('Koursk', in a ninth of all claims: 15 ms against 37 for a first
 * page; 'pentagone', in a fiftieth: 143 against 20). An index left in many
 * segments costs about 13 times as much a look-up (2000 was the figure then).
 */
const LOOKUP_COST = 150;

function searchPlanFor(share: number, wanted: number, claims: number): SearchPlan {
  if (share * share * claims > LOOKUP_COST * wanted) return "lookup";
  return planFor(share, wanted, claims);
}

/** Claims the share of a common search is sampled in: the latest this many ids. */
const SHARE_SAMPLE = 20_000;

/**
 * The part of all claims that hold the searched words: exact below the count's
 * cap; past it (where the count stopped), the part of the latest SHARE_SAMPLE
 * claims that match, read from the index by id range without counting every match.
 */
function searchShare(match: string, matches: number, claims: number): number {
  // A prefix query is never looked up row by row: the lower bound is enough to choose between the other plans.
  if (matches <= COUNT_CAP || claims <= SHARE_SAMPLE || !isSpelledOut(match)) return Math.min(1, matches / claims);
  // The bound goes in as an integer: better-sqlite3 binds a JS number as a REAL, and FTS5 then reads
  // every match from the first instead of seeking to the bound (coreens at 1.7M claims: 100 ms against 0.4).
  const sql = `SELECT count(*) AS n FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ? AND "rowid" > CAST(? AS INTEGER)`;
  const sampled = (reader().prepare(sql).get(match, claims - SHARE_SAMPLE) as { n: number }).n;
  return Math.max(matches / claims, sampled / SHARE_SAMPLE);
}

/** The share of all articles in one language, counted in the articles' language index. */
function languageShare(language: string): number {
  const row = reader().prepare(`SELECT count(*) AS n, (SELECT max("id") FROM "Article") AS articles FROM "Article" WHERE "language" = ?`).get(language) as { n: number; articles: number | null };
  return row.articles ? row.n / row.articles : 0;
}

/** How many claims the figure range alone selects, up to one past COUNT_CAP (which is enough to choose a plan by). */
function rangeMatches(filters: ClaimFilters): number {
  const range = claimWhereSql({ ...claimFiltersSchema.parse({}), min: filters.min, max: filters.max });
  return countRows(range, "1", COUNT_CAP + 1);
}

export function listPlans(filters: ClaimFilters, search: Search | null, wanted: number): ListPlans {
  const range = filters.min !== undefined || filters.max !== undefined;
  if (search === null && !filters.language && !range) return {};
  const claims = (reader().prepare(`SELECT max("id") AS n FROM "Claim"`).get() as { n: number | null }).n || 1;
  return {
    ...(search !== null ? { q: searchPlanFor(searchShare(search.match, search.matches, claims), wanted, claims) } : {}),
    ...(filters.language ? { language: planFor(languageShare(filters.language), wanted, claims) } : {}),
    ...(range ? { range: planFor(rangeMatches(filters) / claims, wanted, claims) } : {}),
  };
}
