// One page of the explorer's claims, read through the one SQL definition of
// its filters and orders (claim-where.ts): by page number for people, or after
// a keyset position for the API's `next` links, which stay exact while an
// ingest writes (a new claim never shifts the rows of the pages still to come).
import type { Span } from "../../lib/claims/claim";
import { disputedClaimId, speakerLabel } from "../../lib/claims/speaker";
import type { ClaimFilters } from "../../lib/filters/claim-filters";
import type { Claim } from "../generated/client";
import { fromClaimRow } from "../claim-row";
import { ftsQuery } from "../../lib/search/search-text";
import { claimSortKey, claimWhereSql, orderedRuns, type ListPlans, type Position, type SearchPlan, type SqlCondition } from "./claim-where";
import { countFromFacetCounts } from "./facets";
import { reader } from "./reader";

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

function countRows(where: SqlCondition, extra = "1"): number {
  const row = reader().prepare(`SELECT count(*) AS n FROM "Claim" c WHERE ${where.sql} AND ${extra}`).get(...where.params) as { n: number };
  return row.n;
}

/** How many claims hold every searched word (each claim has one row in the full-text index); null with no word to search. */
function searchMatches(filters: ClaimFilters): number | null {
  const match = filters.q ? ftsQuery(filters.q) : null;
  if (!match) return null;
  return (reader().prepare(`SELECT count(*) AS n FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ?`).get(match) as { n: number }).n;
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

/** The share of all articles in one language, counted in the articles' language index. */
function languageShare(language: string): number {
  const row = reader().prepare(`SELECT count(*) AS n, (SELECT max("id") FROM "Article") AS articles FROM "Article" WHERE "language" = ?`).get(language) as { n: number; articles: number | null };
  return row.articles ? row.n / row.articles : 0;
}

function listPlans(filters: ClaimFilters, matches: number | null, wanted: number): ListPlans {
  if (matches === null && !filters.language) return {};
  const claims = (reader().prepare(`SELECT max("id") AS n FROM "Claim"`).get() as { n: number | null }).n || 1;
  return {
    ...(matches !== null ? { q: planFor(matches / claims, wanted, claims) } : {}),
    ...(filters.language ? { language: planFor(languageShare(filters.language), wanted, claims) } : {}),
  };
}

/** Rows `skip` to `skip + take` of the order, reading the runs of claim-where.ts in turn. */
function rowsByOffset(filters: ClaimFilters, skip: number, take: number, matches: number | null): ExplorerRow[] {
  const key = claimSortKey(filters.sort);
  const where = claimWhereSql(filters, undefined, listPlans(filters, matches, skip + take));
  // A descending order already puts nulls last, in one walk of an index.
  if (key.direction === "desc") return selectRows(where, "1", [], `c."${key.field}" DESC, c."id" DESC`, take, skip);
  const [valued, nulls] = orderedRuns(key);
  const valuedCount = countRows(where, valued!.where);
  const rows = skip < valuedCount ? selectRows(where, valued!.where, [], valued!.orderBy, take, skip) : [];
  if (rows.length === take) return rows;
  return [...rows, ...selectRows(where, nulls!.where, [], nulls!.orderBy, take - rows.length, Math.max(0, skip - valuedCount))];
}

/** Up to `take` rows just after a position. */
function rowsAfter(filters: ClaimFilters, after: Position, take: number, matches: number | null): ExplorerRow[] {
  const where = claimWhereSql(filters, undefined, listPlans(filters, matches, take));
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

/** How many claims these filters select. */
function countClaims(filters: ClaimFilters, matches: number | null): number {
  // A search alone is counted in the full-text index, and filters on the facets' columns alone from the kept counts, without reading a claim.
  if (matches !== null && claimWhereSql({ ...filters, q: undefined }).sql === "1") return matches;
  return countFromFacetCounts(filters) ?? countRows(claimWhereSql(filters));
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
  const matches = searchMatches(filters);
  const rows = after ? rowsAfter(filters, after, take, matches) : rowsByOffset(filters, (filters.page - 1) * filters.pageSize, take, matches);
  const claims = rows.slice(0, filters.pageSize);
  const next = rows.length > filters.pageSize ? positionOf(claims[claims.length - 1]!, filters) : null;
  return { claims: claims.map(toApiClaim), total: countClaims(filters, matches), page: after ? null : filters.page, pageSize: filters.pageSize, next };
}
export type ApiClaim = ReturnType<typeof toApiClaim>;

/** The same page by number, with what the explorer's table shows beside each claim. */
export async function fetchExplorerPage(filters: ClaimFilters) {
  const matches = searchMatches(filters);
  const rows = rowsByOffset(filters, (filters.page - 1) * filters.pageSize, filters.pageSize, matches);
  return { claims: rows.map(toExplorerClaim), total: countClaims(filters, matches), page: filters.page, pageSize: filters.pageSize };
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
