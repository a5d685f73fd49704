import type { ClaimFilters, ClaimSort } from "../../lib/filters/claim-filters";
import type { Prisma } from "../generated/client";
import { prisma } from "../client";
import { fromClaimRow } from "../claim-row";
import { claimOrder, claimSortKey, claimWhere } from "./claim-where";

const explorerInclude = {
  article: { select: { fileName: true, title: true, publisher: true, published: true } },
  question: { select: { label: true } },
} satisfies Prisma.ClaimInclude;

/**
 * An ascending order with nulls last is read as two index runs: the rows with
 * a value, then the rows without. Asked as one query, Prisma sorts by a CASE
 * expression that no index serves, which reads every match on each page.
 */
async function findRows<T extends Prisma.ClaimInclude>(where: Prisma.ClaimWhereInput, sort: ClaimSort, skip: number, take: number, include: T) {
  const { field, direction } = claimSortKey(sort);
  if (direction === "desc") return prisma.claim.findMany({ where, orderBy: claimOrder(sort), skip, take, include });
  const withValue = { AND: [where, { [field]: { not: null } }] };
  const valued = await prisma.claim.count({ where: withValue });
  const rows = skip < valued ? await prisma.claim.findMany({ where: withValue, orderBy: [{ [field]: "asc" }, { id: "asc" }], skip, take, include }) : [];
  if (rows.length === take) return rows;
  const rest = await prisma.claim.findMany({
    where: { AND: [where, { [field]: null }] },
    orderBy: { id: "asc" },
    skip: Math.max(0, skip - valued),
    take: take - rows.length,
    include,
  });
  return [...rows, ...rest];
}

async function findPage<T extends Prisma.ClaimInclude>(filters: ClaimFilters, include: T) {
  const where = claimWhere(filters);
  const [rows, total] = await Promise.all([
    findRows(where, filters.sort, (filters.page - 1) * filters.pageSize, filters.pageSize, include),
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
