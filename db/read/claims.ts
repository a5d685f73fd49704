// One page of the explorer's claims, read through the one SQL definition of
// its filters and orders (claim-where.ts): by page number for people, or after
// a keyset position for the API's `next` links, which stay exact while an
// ingest writes (a new claim never shifts the rows of the pages still to come).
import type { Span } from "../../lib/claims/claim";
import { disputedClaimId, speakerLabel } from "../../lib/claims/speaker";
import { claimFiltersSchema, type ClaimFilters } from "../../lib/filters/claim-filters";
import type { Claim } from "../generated/client";
import { fromClaimRow } from "../claim-row";
import { claimSortKey, claimWhereSql, offsetRuns, orderedRuns, reversedRuns, type ListPlans, type OrderedStatement, type Position, type SearchPlan, type SqlCondition } from "./claim-where";
import { countFromFacetCounts } from "./facets";
import { reader } from "./reader";
import { isSpelledOut, searchMatch } from "./search-match";
import { untilWrite } from "./until-write";

type ExplorerRow = Claim & { fileName: string; articleTitle: string; articlePublished: string | null; questionLabel: string | null };

const SELECT = `SELECT c.*, a."fileName", a."title" AS "articleTitle", a."published" AS "articlePublished", q."label" AS "questionLabel"
  FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "Question" q ON q."id" = c."questionId"`;

/**
 * The page's ids are chosen on Claim alone (often from an index without
 * reading a row), and only those rows are read and joined to their article
 * and question: a sort of every match, or a deep offset, never joins rows
 * that are not shown.
 */
function selectRows(where: SqlCondition, extra: string, extraParams: (string | number)[], orderBy: string, limit: number, offset = 0): ExplorerRow[] {
  const ids = `SELECT c."id" FROM "Claim" c WHERE ${where.sql} AND ${extra} ORDER BY ${orderBy} LIMIT ? OFFSET ?`;
  const sql = `${SELECT} WHERE c."id" IN (${ids}) ORDER BY ${orderBy}`;
  return reader().prepare(sql).all(...where.params, ...extraParams, limit, offset) as ExplorerRow[];
}

/** The matching rows counted up to `limit`. */
function countRows(where: SqlCondition, extra: string, limit: number): number {
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

/** A search's MATCH expression and how many claims hold every searched word, up to one past COUNT_CAP. */
interface Search {
  match: string;
  matches: number;
}

/** The search of these filters, counted in the full-text index (each claim has one row there); null with no word to search. */
function searchMatches(filters: ClaimFilters): Search | null {
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

function listPlans(filters: ClaimFilters, search: Search | null, wanted: number): ListPlans {
  const range = filters.min !== undefined || filters.max !== undefined;
  if (search === null && !filters.language && !range) return {};
  const claims = (reader().prepare(`SELECT max("id") AS n FROM "Claim"`).get() as { n: number | null }).n || 1;
  return {
    ...(search !== null ? { q: searchPlanFor(searchShare(search.match, search.matches, claims), wanted, claims) } : {}),
    ...(filters.language ? { language: planFor(languageShare(filters.language), wanted, claims) } : {}),
    ...(range ? { range: planFor(rangeMatches(filters) / claims, wanted, claims) } : {}),
  };
}

/** Rows `skip` to `skip + take` of the runs read in turn; only whether a run reaches past the rows wanted is counted, not its length. */
function readRuns(where: SqlCondition, runs: OrderedStatement[], skip: number, take: number): ExplorerRow[] {
  const rows: ExplorerRow[] = [];
  for (const [i, run] of runs.entries()) {
    const wanted = take - rows.length;
    if (wanted === 0) break;
    if (i === runs.length - 1) {
      rows.push(...selectRows(where, run.where, run.params, run.orderBy, wanted, skip));
      break;
    }
    const length = countRows({ sql: `${where.sql} AND ${run.where}`, params: [...where.params, ...run.params] }, "1", skip + wanted);
    if (skip < length) rows.push(...selectRows(where, run.where, run.params, run.orderBy, wanted, skip));
    skip = Math.max(0, skip - length);
  }
  return rows;
}

/**
 * Rows `skip` to `skip + take` of the order. With an exact `total`, a page
 * past the middle is read from the end of the order backwards: the last page
 * of 1.7M claims skips a few rows instead of walking 1.7M index entries.
 */
function rowsByOffset(filters: ClaimFilters, skip: number, take: number, search: Search | null, total?: number): ExplorerRow[] {
  const key = claimSortKey(filters.sort);
  const end = total === undefined ? undefined : Math.min(total, skip + take);
  if (total !== undefined && end !== undefined && total - end < skip) {
    if (skip >= end) return [];
    const where = claimWhereSql(filters, undefined, listPlans(filters, search, total - skip));
    return readRuns(where, reversedRuns(key), total - end, end - skip).reverse();
  }
  const where = claimWhereSql(filters, undefined, listPlans(filters, search, skip + take));
  return readRuns(where, offsetRuns(key), skip, take);
}

/** Up to `take` rows just after a position. */
function rowsAfter(filters: ClaimFilters, after: Position, take: number, search: Search | null): ExplorerRow[] {
  const where = claimWhereSql(filters, undefined, listPlans(filters, search, take));
  const rows: ExplorerRow[] = [];
  for (const run of orderedRuns(claimSortKey(filters.sort), after)) {
    if (rows.length === take) break;
    rows.push(...selectRows(where, run.where, run.params, run.orderBy, take - rows.length));
  }
  return rows;
}

function toApiClaim(row: ExplorerRow) {
  return fromClaimRow({ ...row, article: { fileName: row.fileName } });
}

function toExplorerClaim(row: ExplorerRow) {
  return {
    ...toApiClaim(row),
    articleTitle: row.articleTitle,
    outlet: row.outlet,
    published: row.articlePublished,
    dateForSort: row.dateForSort,
    questionLabel: row.questionLabel,
  };
}

/**
 * The total a page by number shows: past the cap the count is at least the
 * rows up to the page (`skip`, `rows`, whether `more` follow it), and exact on the last page.
 */
function pageTotal(counted: ClaimTotal, page: { skip: number; rows: number; more: boolean }): ClaimTotal {
  if (!counted.lowerBound || page.rows === 0) return counted;
  const seen = page.skip + page.rows;
  return page.more ? { total: Math.max(counted.total, seen), lowerBound: true } : { total: seen, lowerBound: false };
}

/** The count when it is exact, which lets a deep page be read from the end. */
const exactTotal = (counted: ClaimTotal) => (counted.lowerBound ? undefined : counted.total);

function countUpToCap(filters: ClaimFilters, search: Search | null): ClaimTotal {
  // A search alone is counted in the full-text index, and filters on the facets' columns alone from the kept counts (exactly), without reading a claim.
  if (search !== null && claimWhereSql({ ...filters, q: undefined }).sql === "1") return capped(search.matches);
  const exact = countFromFacetCounts(filters);
  return exact !== null ? { total: exact, lowerBound: false } : countRowsCapped(claimWhereSql(filters));
}

/** The position just after a row, for the next keyset page. */
function positionOf(row: ExplorerRow, filters: ClaimFilters): Position {
  const value = row[claimSortKey(filters.sort).field];
  return { value: value ?? null, id: row.id };
}

/**
 * One page of claims in the contract's shape (the API's answer): by page
 * number, or after a keyset position; `next` is the position after its last
 * row, or null on the last page.
 */
export async function fetchClaimsPage(filters: ClaimFilters, after?: Position) {
  const take = filters.pageSize + 1; // one more than a page tells whether another follows
  const search = searchMatches(filters);
  const counted = countUpToCap(filters, search);
  const skip = (filters.page - 1) * filters.pageSize;
  const rows = after ? rowsAfter(filters, after, take, search) : rowsByOffset(filters, skip, take, search, exactTotal(counted));
  const claims = rows.slice(0, filters.pageSize);
  const more = rows.length > filters.pageSize;
  const next = more ? positionOf(claims[claims.length - 1]!, filters) : null;
  const { total, lowerBound } = after ? counted : pageTotal(counted, { skip, rows: claims.length, more });
  return { claims: claims.map(toApiClaim), total, totalIsLowerBound: lowerBound, page: after ? null : filters.page, pageSize: filters.pageSize, next };
}
export type ApiClaim = ReturnType<typeof toApiClaim>;

/** The same page by number, with what the explorer's table shows beside each claim. */
export async function fetchExplorerPage(filters: ClaimFilters) {
  const search = searchMatches(filters);
  const counted = countUpToCap(filters, search);
  const skip = (filters.page - 1) * filters.pageSize;
  const rows = rowsByOffset(filters, skip, filters.pageSize + 1, search, exactTotal(counted));
  const claims = rows.slice(0, filters.pageSize);
  const { total, lowerBound } = pageTotal(counted, { skip, rows: claims.length, more: rows.length > filters.pageSize });
  return { claims: claims.map(toExplorerClaim), total, totalIsLowerBound: lowerBound, page: filters.page, pageSize: filters.pageSize };
}
export type ExplorerClaim = ReturnType<typeof toExplorerClaim>;

/** One claim with its article's details, or null when there is none with this id. */
export function fetchClaim(id: number) {
  const row = reader()
    .prepare(`SELECT c.*, a."fileName", a."title" AS "articleTitle", a."published" AS "articlePublished", a."url" AS "articleUrl", a."publisher" AS "articlePublisher", q."label" AS "questionLabel"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "Question" q ON q."id" = c."questionId" WHERE c."id" = ?`)
    .get(id) as (ExplorerRow & { articleUrl: string | null; articlePublisher: string | null }) | undefined;
  if (!row) return null;
  const claim = toApiClaim(row);
  return {
    claim,
    article: { id: row.articleId, title: row.articleTitle, publisher: row.articlePublisher, published: row.articlePublished, url: row.articleUrl, file: row.fileName },
    questionLabel: row.questionLabel,
    ...disputeLinks(claim),
  };
}

type LinkedClaim = { id: number; start: number; end: number; mentions: Span[]; sourceName: string | null; sourcePerson: string | null; disputesStart: number | null; disputesEnd: number | null };

/** The claim of the same article a denial disputes, and the denials of the same article that dispute this claim. */
function disputeLinks(claim: ReturnType<typeof toApiClaim>) {
  const rows = reader()
    .prepare(`SELECT "id", "start", "end", "mentions", "sourceName", "sourcePerson", "disputesStart", "disputesEnd" FROM "Claim" WHERE "articleId" = ?`)
    .all(claim.article) as (Omit<LinkedClaim, "mentions"> & { mentions: string })[];
  const others = rows.map((r): LinkedClaim => ({ ...r, mentions: JSON.parse(r.mentions) as Span[] }));
  const disputedId = claim.disputes ? disputedClaimId(claim.disputes, others) : null;
  const self = others.find((o) => o.id === claim.id);
  const disputedBy = others.filter((o) => o.disputesStart !== null && o.disputesEnd !== null && self && disputedClaimId({ start: o.disputesStart, end: o.disputesEnd }, [self]) === self.id);
  return {
    disputed: claim.disputes ? { id: disputedId, quote: claim.disputes.quote } : null,
    disputedBy: disputedBy.map((o) => ({ id: o.id, speaker: speakerLabel(o.sourceName === null ? null : { name: o.sourceName, person: o.sourcePerson }) })),
  };
}
export type ClaimDetail = NonNullable<ReturnType<typeof fetchClaim>>;

/** Every claim of one article in the contract's shape, in the order of the text. */
export function fetchArticleClaims(articleId: number) {
  const where = { sql: `c."articleId" = ?`, params: [articleId] };
  return selectRows(where, "1", [], `c."start", c."id"`, -1).map(toApiClaim);
}
