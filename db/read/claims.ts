import type { ClaimFilters } from "../../lib/filters/claim-filters";
import type { Prisma } from "../generated/client";
import { prisma } from "../client";
import { fromClaimRow } from "../claim-row";
import { claimOrder, claimWhere } from "./claim-where";

const explorerInclude = {
  article: { select: { fileName: true, title: true, publisher: true, published: true } },
  question: { select: { label: true } },
} satisfies Prisma.ClaimInclude;

type Order = Prisma.ClaimOrderByWithRelationInput[];

/**
 * An ascending order with nulls last as two index runs: the rows with a value,
 * then the rows without. Asked as one query, Prisma sorts by a CASE expression
 * that no index serves, which reads every match on each page.
 */
function ascendingNullsLast(order: Order): { field: string; byValue: Order; byId: Order } | null {
  const [primary, tieBreak] = order;
  const [field, spec] = Object.entries(primary ?? {})[0] ?? [];
  const { sort, nulls } = (typeof spec === "object" ? spec : {}) as Partial<Prisma.SortOrderInput>;
  if (!field || sort !== "asc" || nulls !== "last" || !tieBreak) return null;
  return { field, byValue: [{ [field]: "asc" }, tieBreak], byId: [tieBreak] };
}

async function findRows<T extends Prisma.ClaimInclude>(where: Prisma.ClaimWhereInput, order: Order, skip: number, take: number, include: T) {
  const split = ascendingNullsLast(order);
  if (!split) return prisma.claim.findMany({ where, orderBy: order, skip, take, include });
  const withValue = { AND: [where, { [split.field]: { not: null } }] };
  const valued = await prisma.claim.count({ where: withValue });
  const rows = skip < valued ? await prisma.claim.findMany({ where: withValue, orderBy: split.byValue, skip, take, include }) : [];
  if (rows.length === take) return rows;
  const rest = await prisma.claim.findMany({
    where: { AND: [where, { [split.field]: null }] },
    orderBy: split.byId,
    skip: Math.max(0, skip - valued),
    take: take - rows.length,
    include,
  });
  return [...rows, ...rest];
}

async function findPage<T extends Prisma.ClaimInclude>(filters: ClaimFilters, include: T) {
  const where = claimWhere(filters);
  const [rows, total] = await Promise.all([
    findRows(where, claimOrder(filters.sort), (filters.page - 1) * filters.pageSize, filters.pageSize, include),
    prisma.claim.count({ where }),
  ]);
  return { rows, total, page: filters.page, pageSize: filters.pageSize };
}

/** One page of claims in the contract's shape (the API's answer). */
export async function fetchClaimsPage(filters: ClaimFilters) {
  const { rows, ...page } = await findPage(filters, { article: { select: { fileName: true } } });
  return { claims: rows.map(fromClaimRow), ...page };
}
export type ApiClaim = ReturnType<typeof fromClaimRow>;

/** The same page with what the explorer's table shows beside each claim. */
export async function fetchExplorerPage(filters: ClaimFilters) {
  const { rows, ...page } = await findPage(filters, explorerInclude);
  const claims = rows.map((row) => ({
    ...fromClaimRow(row),
    articleTitle: row.article.title,
    outlet: row.outlet,
    published: row.article.published,
    dateForSort: row.dateForSort,
    questionLabel: row.question?.label ?? null,
  }));
  return { claims, ...page };
}
export type ExplorerClaim = Awaited<ReturnType<typeof fetchExplorerPage>>["claims"][number];
