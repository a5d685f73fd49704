// The one definition of the explorer's filters and orders, as SQL on the Claim
// table aliased `c`; `q` reads the full-text index ClaimSearch (migration
// full_text_search), whose words lib/search/search-text.ts defines. Pages, the API, the exports and the facet counts all read
// through it, so that the same search params always select the same rows.
// (Prisma cannot query the full-text index, and its `contains` lets `%` and
// `_` in the user's text act as wildcards.)
import type { ClaimFilters, ClaimSort } from "../../lib/filters/claim-filters";
import { isSpelledOut, searchMatch } from "./search-match";

export interface SqlCondition {
  sql: string;
  params: (string | number)[];
}

/** The user's text matched literally, as a substring: `%`, `_` and `\` are escaped. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type Filter = Omit<ClaimFilters, "sort" | "page" | "pageSize">;

/**
 * How a condition that selects a list of ids (a search's matches, a
 * language's articles) is read when other conditions or an order could drive
 * the query: "matches" reads the list and looks each claim up (best when it
 * is short), "order" walks the order's index and keeps the rows in the list
 * (best when it is long: a page is found after a few rows instead of sorting
 * every match), and "lookup" walks the same way but looks each row up in the
 * full-text index instead of reading the list first (best when the list is
 * very long: a common word is in a third of all claims).
 */
export type SearchPlan = "matches" | "order" | "lookup";
/** The plan of each such condition ("range": min and max); "matches" where none is given. */
export type ListPlans = Partial<Record<"q" | "language" | "range", SearchPlan>>;

/** The unary `+` keeps SQLite from driving the query by the list. */
const walked = (plan: SearchPlan | undefined) => (plan === "order" || plan === "lookup" ? "+" : "");

/**
 * The full-text condition on `c`. With "lookup", each row walked is looked
 * up in the index by its id (a seek in each word's list), where `IN` would
 * first read every match. A prefix query would merge its words' lists in full
 * on every look-up (seconds), so one that still holds a prefix is read as a list.
 */
function searchCondition(match: string, plan?: SearchPlan): string {
  if (plan === "lookup" && isSpelledOut(match)) return `EXISTS (SELECT 1 FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ? AND "ClaimSearch"."rowid" = c."id")`;
  return `${walked(plan)}c."id" IN (SELECT "rowid" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ?)`;
}

/** The filters as a SQL condition on the Claim table aliased `c`; `skip` leaves one filter out (for its own facet). */
export function claimWhereSql(f: Filter, skip?: keyof Filter, plans: ListPlans = {}): SqlCondition {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (key: keyof Filter, sql: string, ...values: (string | number)[]) => {
    if (key === skip) return;
    parts.push(sql);
    params.push(...values);
  };
  if (f.source.length) add("source", `c."sourceId" IN (${f.source.map(() => "?").join(", ")})`, ...f.source);
  if (f.question) add("question", `c."questionId" = ?`, f.question);
  if (f.category) add("category", `c."category" = ?`, f.category);
  if (f.outlet) add("outlet", `c."outlet" = ?`, f.outlet);
  if (f.article) add("article", `c."articleId" = ?`, f.article);
  // Dates are ISO strings of varying precision: "to=2024-10" must keep 2024-10-31.
  if (f.from) add("from", `c."dateForSort" >= ?`, f.from);
  if (f.to) add("to", `c."dateForSort" <= ?`, `${f.to}~`);
  // Read by their two range indexes, or (walking the order's index) tested row by row.
  const r = walked(plans.range);
  if (f.min !== undefined) add("min", `(${r}c."valueHigh" >= ? OR (${r}c."valueHigh" IS NULL AND ${r}c."valueBest" >= ?))`, f.min, f.min);
  if (f.max !== undefined) add("max", `(${r}c."valueLow" <= ? OR (${r}c."valueLow" IS NULL AND ${r}c."valueBest" <= ?))`, f.max, f.max);
  if (f.stance) add("stance", `c."stance" = ?`, f.stance);
  if (f.ownVoice !== undefined) add("ownVoice", f.ownVoice ? `c."sourceId" IS NULL` : `c."sourceId" IS NOT NULL`);
  if (f.qualifier) add("qualifier", `c."qualifier" = ?`, f.qualifier);
  if (f.unit) add("unit", `c."unit" = ?`, f.unit);
  if (f.language) add("language", `${walked(plans.language)}c."articleId" IN (SELECT "id" FROM "Article" WHERE "language" = ?)`, f.language);
  if (f.hasAsOf !== undefined) add("hasAsOf", f.hasAsOf ? `c."asOf" IS NOT NULL` : `c."asOf" IS NULL`);
  if (f.review.length) add("review", `c."reviewStatus" IN (${f.review.map(() => "?").join(", ")})`, ...f.review);
  if (f.q) {
    const match = searchMatch("ClaimSearch", f.q);
    if (match) add("q", searchCondition(match, plans.q), match);
    else {
      // No word in the text (say `%`): its characters, as typed, anywhere in the searched columns.
      const pattern = likePattern(f.q);
      add("q", `(c."quote" LIKE ? ESCAPE '\\' OR c."measure" LIKE ? ESCAPE '\\' OR c."sourceName" LIKE ? ESCAPE '\\' OR c."outlet" LIKE ? ESCAPE '\\')`, pattern, pattern, pattern, pattern);
    }
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

/** Where a keyset page starts: just after the row with this sort value and id. */
export interface Position {
  value: string | number | null;
  id: number;
}

export interface OrderedStatement {
  /** Conditions to AND with the filter's. */
  where: string;
  params: (string | number)[];
  orderBy: string;
}

/**
 * The order as two runs read in turn, the rows with a value in the sort column
 * and then the rows without, so that each is one walk of an index (SQLite
 * would otherwise sort every match to put nulls last). After a position, each
 * run starts just past it; a position in the null run skips the first run.
 */
export function orderedRuns({ field, direction }: SortKey, after?: Position): OrderedStatement[] {
  const dir = direction.toUpperCase();
  const cmp = direction === "desc" ? "<" : ">";
  const column = `c."${field}"`;
  const valued: OrderedStatement = { where: `${column} IS NOT NULL`, params: [], orderBy: `${column} ${dir}, c."id" ${dir}` };
  const nulls: OrderedStatement = { where: `${column} IS NULL`, params: [], orderBy: `c."id" ${dir}` };
  if (!after) return [valued, nulls];
  if (after.value === null) return [{ ...nulls, where: `${nulls.where} AND c."id" ${cmp} ?`, params: [after.id] }];
  return [{ ...valued, where: `${valued.where} AND (${column}, c."id") ${cmp} (?, ?)`, params: [after.value, after.id] }, nulls];
}

/** The runs of an order read by offset: a descending order already puts nulls last, in one walk of an index. */
export function offsetRuns(key: SortKey): OrderedStatement[] {
  if (key.direction === "desc") return [{ where: "1", params: [], orderBy: `c."${key.field}" DESC, c."id" DESC` }];
  return orderedRuns(key);
}

/**
 * The same order from its last row back to its first: the runs reversed and
 * each read backwards. Ascending puts nulls first, which is the exact reverse
 * of a descending order's nulls last.
 */
export function reversedRuns({ field, direction }: SortKey): OrderedStatement[] {
  const column = `c."${field}"`;
  if (direction === "desc") return [{ where: "1", params: [], orderBy: `${column} ASC, c."id" ASC` }];
  return [
    { where: `${column} IS NULL`, params: [], orderBy: `c."id" DESC` },
    { where: `${column} IS NOT NULL`, params: [], orderBy: `${column} DESC, c."id" DESC` },
  ];
}
