import type { ClaimFilters, ClaimSort } from "../../lib/filters/claim-filters";
import type { Prisma } from "../generated/client";

// The explorer's filters and orders, written twice on purpose: as a Prisma
// query for pages and the API, and as SQL for the export's cursor, which reads
// a million rows where Prisma's row mapping would cost a minute.
// explorer-order.test.ts checks that both select the same rows in the same order.

/** The one translation of explorer filters into a Prisma query: pages and the API share it. */
export function claimWhere(f: ClaimFilters): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (f.source.length) and.push({ sourceId: { in: f.source } });
  if (f.question) and.push({ questionId: f.question });
  if (f.category) and.push({ category: f.category });
  if (f.outlet) and.push({ outlet: f.outlet });
  if (f.article) and.push({ articleId: f.article });
  // Dates are ISO strings of varying precision: "to=2024-10" must keep 2024-10-31.
  if (f.from) and.push({ dateForSort: { gte: f.from } });
  if (f.to) and.push({ dateForSort: { lte: `${f.to}~` } });
  if (f.min !== undefined) and.push({ OR: [{ valueHigh: { gte: f.min } }, { valueHigh: null, valueBest: { gte: f.min } }] });
  if (f.max !== undefined) and.push({ OR: [{ valueLow: { lte: f.max } }, { valueLow: null, valueBest: { lte: f.max } }] });
  if (f.q) and.push({ OR: [{ quote: { contains: f.q } }, { measure: { contains: f.q } }, { sourceName: { contains: f.q } }] });
  return and.length ? { AND: and } : {};
}

export interface SqlCondition {
  sql: string;
  params: (string | number)[];
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The same filters as a SQL condition on the Claim table aliased `c`. */
export function claimWhereSql(f: ClaimFilters): SqlCondition {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (f.source.length) add(`c."sourceId" IN (${f.source.map(() => "?").join(", ")})`, ...f.source);
  if (f.question) add(`c."questionId" = ?`, f.question);
  if (f.category) add(`c."category" = ?`, f.category);
  if (f.outlet) add(`c."outlet" = ?`, f.outlet);
  if (f.article) add(`c."articleId" = ?`, f.article);
  if (f.from) add(`c."dateForSort" >= ?`, f.from);
  if (f.to) add(`c."dateForSort" <= ?`, `${f.to}~`);
  if (f.min !== undefined) add(`(c."valueHigh" >= ? OR (c."valueHigh" IS NULL AND c."valueBest" >= ?))`, f.min, f.min);
  if (f.max !== undefined) add(`(c."valueLow" <= ? OR (c."valueLow" IS NULL AND c."valueBest" <= ?))`, f.max, f.max);
  if (f.q) {
    const pattern = likePattern(f.q);
    add(`(c."quote" LIKE ? ESCAPE '\\' OR c."measure" LIKE ? ESCAPE '\\' OR c."sourceName" LIKE ? ESCAPE '\\')`, pattern, pattern, pattern);
  }
  return { sql: parts.length ? parts.join(" AND ") : "1", params };
}

export type SortField = "dateForSort" | "valueBest" | "sourceName" | "outlet";
export type Direction = "asc" | "desc";

/**
 * Every explorer order is one nullable column with nulls last, then the id in
 * the same direction, so that one walk of an index gives the whole order.
 */
export interface SortKey {
  field: SortField;
  direction: Direction;
}

const SORT_KEYS: Record<ClaimSort, SortKey> = {
  "-date": { field: "dateForSort", direction: "desc" },
  date: { field: "dateForSort", direction: "asc" },
  "-value": { field: "valueBest", direction: "desc" },
  value: { field: "valueBest", direction: "asc" },
  source: { field: "sourceName", direction: "asc" },
  outlet: { field: "outlet", direction: "asc" },
};

export function claimSortKey(sort: ClaimSort): SortKey {
  return SORT_KEYS[sort];
}

/**
 * The order as Prisma takes it. SQLite already puts nulls last in a descending
 * order; saying so makes Prisma sort by a CASE expression that no index serves.
 */
export function claimOrder(sort: ClaimSort): Prisma.ClaimOrderByWithRelationInput[] {
  const { field, direction } = SORT_KEYS[sort];
  const primary = direction === "desc" ? direction : { sort: direction, nulls: "last" as const };
  return [{ [field]: primary }, { id: direction }];
}
