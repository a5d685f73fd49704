import type { ClaimFilters } from "../../lib/filters/claim-filters";
import { prisma } from "../client";
import { fromClaimRow } from "../claim-row";
import { claimOrder, claimWhere } from "./claim-where";

const withArticle = { article: { select: { fileName: true } } } as const;

/** One page of claims in the contract's shape, with the total that matches the filters. */
export async function fetchClaimsPage(filters: ClaimFilters) {
  const where = claimWhere(filters);
  const [rows, total] = await Promise.all([
    prisma.claim.findMany({
      where,
      orderBy: claimOrder(filters.sort),
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
      include: withArticle,
    }),
    prisma.claim.count({ where }),
  ]);
  return { claims: rows.map(fromClaimRow), total, page: filters.page, pageSize: filters.pageSize };
}
export type ApiClaim = ReturnType<typeof fromClaimRow>;
