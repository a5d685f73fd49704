import type { ClaimFilters } from "../../lib/filters/claim-filters";
import type { Prisma } from "../generated/client";
import { prisma } from "../client";
import { fromClaimRow } from "../claim-row";
import { claimOrder, claimWhere } from "./claim-where";

const explorerInclude = {
  article: { select: { fileName: true, title: true, publisher: true, published: true } },
  question: { select: { label: true } },
} satisfies Prisma.ClaimInclude;

async function findPage<T extends Prisma.ClaimInclude>(filters: ClaimFilters, include: T) {
  const where = claimWhere(filters);
  const [rows, total] = await Promise.all([
    prisma.claim.findMany({
      where,
      orderBy: claimOrder(filters.sort),
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
      include,
    }),
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
