import type { ExtractedClaim, Language } from "../../lib/claims/claim";
import type { DateSource } from "../../lib/articles/manifest";
import type { SqliteDatabase } from "../sqlite";
import { toClaimRow } from "../claim-row";
import { insertRows } from "./bulk-insert";
import { storeFoundSources } from "./sources";

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
export type ArticleWithClaims = { article: NewArticle; claims: ExtractedClaim[] };

/**
 * Stores a batch of articles with their claims in a single transaction: an
 * ingest killed midway leaves each batch either whole or absent.
 */
export function storeArticles(db: SqliteDatabase, batch: readonly ArticleWithClaims[]): StoreOutcome[] {
  const findByHash = db.prepare<[string], { id: number; fileName: string }>(`SELECT "id", "fileName" FROM "Article" WHERE "contentHash" = ?`);
  return db.transaction(() => {
    // Checked again inside the transaction: another ingest may have stored the same text meanwhile.
    const known = new Map<string, { id: number; fileName: string }>();
    for (const { article } of batch) {
      const before = findByHash.get(article.contentHash);
      if (before) known.set(article.contentHash, before);
    }
    const fresh = batch.filter((b) => !known.has(b.article.contentHash));
    const ids = insertRows(db, "Article", fresh.map(({ article, claims }) => ({ ...article, claimCount: claims.length })));
    const idOf = new Map(fresh.map(({ article }, i) => [article.contentHash, ids[i]!]));
    const rows = fresh.flatMap(({ article, claims }) => {
      const ref = { id: idOf.get(article.contentHash)!, fileName: article.fileName, publisher: article.publisher, published: article.published };
      return claims.map((claim) => toClaimRow(claim, ref));
    });
    storeFoundSources(db, fresh.flatMap((b) => b.claims));
    insertRows(db, "Claim", rows);
    return batch.map(({ article, claims }): StoreOutcome => {
      const before = known.get(article.contentHash);
      return before
        ? { status: "unchanged", id: before.id, sameAs: before.fileName }
        : { status: "added", id: idOf.get(article.contentHash)!, claims: claims.length };
    });
    // Immediate: the batch reads before it writes, and a deferred transaction that must then
    // upgrade to a write cannot wait for another writer; it fails at once with "database is locked".
  }).immediate();
}

/** Every stored article's content hash with its file name, to skip known texts before extracting them. */
export function loadContentHashes(db: SqliteDatabase): Map<string, string> {
  const rows = db.prepare<[], { contentHash: string; fileName: string }>(`SELECT "contentHash", "fileName" FROM "Article"`).all();
  return new Map(rows.map((r) => [r.contentHash, r.fileName]));
}
