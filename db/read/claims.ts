// One page of the explorer's claims, read through the one SQL definition of
// its filters and orders (claim-where.ts): by page number for people, or after
// a keyset position for the API's `next` links, which stay exact while an
// ingest writes (a new claim never shifts the rows of the pages still to come).
import type { Span } from "../../lib/claims/claim";
import { disputedClaimId, speakerLabel } from "../../lib/claims/speaker";
import type { ClaimFilters } from "../../lib/filters/claim-filters";
import type { Claim } from "../generated/client";
import { fromClaimRow } from "../claim-row";
import { countRows, countUpToCap, exactTotal, pageTotal } from "./claim-counts";
import { listPlans, type Search, searchMatches } from "./claim-list-plans";
import { claimSortKey, claimWhereSql, offsetRuns, orderedRuns, reversedRuns, type OrderedStatement, type Position, type SqlCondition } from "./claim-where";
import { reader } from "./reader";

export { COUNT_CAP } from "./claim-counts";

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
