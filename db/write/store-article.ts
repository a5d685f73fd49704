import type { ExtractedClaim, Language } from "../../lib/claims/claim";
import type { DateSource } from "../../lib/articles/manifest";
import type { PrismaClient } from "../generated/client";
import { toClaimRow } from "../claim-row";
import { insertRows, insertRowsReturning } from "./bulk-insert";

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
 * ingest killed midway leaves each batch either whole or absent. A batch is a
 * few statements however large it is, since per-statement cost dominates.
 */
export async function storeArticles(prisma: PrismaClient, batch: { article: NewArticle; claims: ExtractedClaim[] }[]): Promise<StoreOutcome[]> {
  return prisma.$transaction(
    async (tx) => {
      // Checked again inside the transaction: another ingest may have stored the same text meanwhile.
      const existing = await tx.article.findMany({
        where: { contentHash: { in: batch.map((b) => b.article.contentHash) } },
        select: { id: true, fileName: true, contentHash: true },
      });
      const known = new Map(existing.map((e) => [e.contentHash, e]));
      const fresh = batch.filter((b) => !known.has(b.article.contentHash));
      const created = await insertRowsReturning<NewArticle & { claimCount: number }, { id: number | bigint; contentHash: string }>(
        tx,
        "Article",
        fresh.map(({ article, claims }) => ({ ...article, claimCount: claims.length })),
        ["id", "contentHash"],
      );
      const ids = new Map(created.map((c) => [c.contentHash, Number(c.id)]));
      const rows = fresh.flatMap(({ article, claims }) => {
        const ref = { id: ids.get(article.contentHash)!, fileName: article.fileName, publisher: article.publisher, published: article.published };
        return claims.map((claim) => toClaimRow(claim, ref));
      });
      await insertRows(tx, "Claim", rows);
      return batch.map(({ article, claims }): StoreOutcome => {
        const before = known.get(article.contentHash);
        return before
          ? { status: "unchanged", id: before.id, sameAs: before.fileName }
          : { status: "added", id: ids.get(article.contentHash)!, claims: claims.length };
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Every stored article's content hash with its file name, to skip known texts before extracting them. */
export async function loadContentHashes(prisma: PrismaClient): Promise<Map<string, string>> {
  const rows = await prisma.article.findMany({ select: { contentHash: true, fileName: true } });
  return new Map(rows.map((r) => [r.contentHash, r.fileName]));
}
