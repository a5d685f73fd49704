import type { ExtractedClaim, Language } from "../../lib/claims/claim";
import type { DateSource } from "../../lib/articles/manifest";
import type { PrismaClient } from "../generated/client";
import { toClaimRow } from "../claim-row";

export interface NewArticle {
  fileName: string;
  title: string;
  publisher: string | null;
  url: string | null;
  language: Language;
  published: string | null;
  dateSource: DateSource;
  dateNote: string | null;
  text: string;
  contentHash: string;
  byteLength: number;
}

export type StoreOutcome = { status: "added"; id: number; claims: number } | { status: "unchanged"; id: number; sameAs: string };

/**
 * Stores one article and its claims in a single transaction: an ingest killed
 * midway leaves either the whole article or nothing of it.
 */
export async function storeArticle(prisma: PrismaClient, article: NewArticle, claims: ExtractedClaim[]): Promise<StoreOutcome> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true, fileName: true } });
    if (existing) return { status: "unchanged", id: existing.id, sameAs: existing.fileName };
    const created = await tx.article.create({ data: { ...article, claimCount: claims.length }, select: { id: true } });
    const ref = { id: created.id, fileName: article.fileName, publisher: article.publisher, published: article.published };
    await tx.claim.createMany({ data: claims.map((claim) => toClaimRow(claim, ref)) });
    return { status: "added", id: created.id, claims: claims.length };
  });
}

export async function findArticleByHash(prisma: PrismaClient, contentHash: string) {
  return prisma.article.findUnique({ where: { contentHash }, select: { id: true, fileName: true } });
}
