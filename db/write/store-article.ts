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
 * Stores a batch of articles with their claims in a single transaction: an
 * ingest killed midway leaves each batch either whole or absent.
 */
export async function storeArticles(prisma: PrismaClient, batch: { article: NewArticle; claims: ExtractedClaim[] }[]): Promise<StoreOutcome[]> {
  return prisma.$transaction(
    async (tx) => {
      const outcomes: StoreOutcome[] = [];
      for (const { article, claims } of batch) {
        // Checked again inside the transaction: another ingest may have stored the same text meanwhile.
        const existing = await tx.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true, fileName: true } });
        if (existing) {
          outcomes.push({ status: "unchanged", id: existing.id, sameAs: existing.fileName });
          continue;
        }
        const { id } = await tx.article.create({ data: { ...article, claimCount: claims.length }, select: { id: true } });
        const ref = { id, fileName: article.fileName, publisher: article.publisher, published: article.published };
        if (claims.length) await tx.claim.createMany({ data: claims.map((claim) => toClaimRow(claim, ref)) });
        outcomes.push({ status: "added", id, claims: claims.length });
      }
      return outcomes;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Every stored article's content hash with its file name, to skip known texts before extracting them. */
export async function loadContentHashes(prisma: PrismaClient): Promise<Map<string, string>> {
  const rows = await prisma.article.findMany({ select: { contentHash: true, fileName: true } });
  return new Map(rows.map((r) => [r.contentHash, r.fileName]));
}
