import type { ExtractedClaim } from "../../lib/claims/claim";
import { metadataKey, type NewArticle } from "../../lib/articles/new-article";
import { EXTRACTION_VERSION } from "../../lib/extract/version";
import type { SqliteDatabase } from "../sqlite";
import { toClaimRow } from "../claim-row";
import { insertRows } from "./bulk-insert";
import { storeFoundSources } from "./sources";

export type { NewArticle };

export type StoreOutcome =
  | { status: "added"; id: number; claims: number }
  | { status: "updated"; id: number; claims: number }
  | { status: "unchanged"; id: number; sameAs: string };
/** `metadataGiven` false: nothing was said about the file (no manifest entry, no form field), so a known text stays as stored. */
export type ArticleWithClaims = { article: NewArticle; claims: ExtractedClaim[]; metadataGiven?: boolean };

type StoredArticle = { id: number; fileName: string; title: string; publisher: string | null; url: string | null; language: string; published: string | null; dateSource: NewArticle["dateSource"]; dateNote: string | null };

const STORED_COLUMNS = `"id", "fileName", "title", "publisher", "url", "language", "published", "dateSource", "dateNote"`;

type ArticleRef = { id: number; fileName: string; publisher: string | null; published: string | null };

/** Replaces an article's claims with new ones (the machine's: analysts' decisions are stored apart and laid over them at the next regroup). */
export function replaceClaims(db: SqliteDatabase, article: ArticleRef, claims: readonly ExtractedClaim[]): void {
  // Claims an analyst added are not the machine's: they stay.
  db.prepare(`DELETE FROM "Claim" WHERE "articleId" = ? AND "addedBy" IS NULL`).run(article.id);
  storeFoundSources(db, claims);
  insertRows(db, "Claim", claims.map((claim) => toClaimRow(claim, article)));
  db.prepare(`UPDATE "Article" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" WHERE "articleId" = @id), "extractionVersion" = @version WHERE "id" = @id`).run({ id: article.id, version: EXTRACTION_VERSION });
}

type Plan = { kind: "add"; item: ArticleWithClaims } | { kind: "update"; item: ArticleWithClaims; id: number } | { kind: "same"; id: number; sameAs: string };

/**
 * Stores a batch of articles with their claims in a single transaction: an
 * ingest killed midway leaves each batch either whole or absent. A text
 * already stored is left as it is, unless its metadata changed: then the
 * stored article takes the new metadata and claims, and is reported updated.
 * New articles and their claims go in as few statements as possible, which
 * the full-text index's triggers need to stay fast.
 */
export function storeArticles(db: SqliteDatabase, batch: readonly ArticleWithClaims[]): StoreOutcome[] {
  const findByHash = db.prepare<[string], StoredArticle>(`SELECT ${STORED_COLUMNS} FROM "Article" WHERE "contentHash" = ?`);
  const updateMetadata = db.prepare(
    `UPDATE "Article" SET "fileName" = @fileName, "title" = @title, "publisher" = @publisher, "url" = @url, "language" = @language,
            "published" = @published, "dateSource" = @dateSource, "dateNote" = @dateNote, "metadataNote" = @metadataNote WHERE "id" = @id`,
  );
  return db.transaction(() => {
    // Checked inside the transaction: another ingest may have stored the same text meanwhile.
    const inBatch = new Set<string>();
    const plans = batch.map((item): Plan => {
      const { article } = item;
      const before = findByHash.get(article.contentHash);
      if (inBatch.has(article.contentHash)) return { kind: "same", id: before?.id ?? -1, sameAs: article.fileName };
      inBatch.add(article.contentHash);
      if (!before) return { kind: "add", item };
      const same = item.metadataGiven === false || metadataKey(before) === metadataKey(article);
      return same ? { kind: "same", id: before.id, sameAs: before.fileName } : { kind: "update", item, id: before.id };
    });
    const fresh = plans.flatMap((p) => (p.kind === "add" ? [p.item] : []));
    const ids = insertRows(db, "Article", fresh.map(({ article, claims }) => ({ ...article, claimCount: claims.length, extractionVersion: EXTRACTION_VERSION })));
    const idOf = new Map(fresh.map(({ article }, i) => [article.contentHash, ids[i]!]));
    storeFoundSources(db, fresh.flatMap((b) => b.claims));
    insertRows(db, "Claim", fresh.flatMap(({ article, claims }) => {
      const ref = { id: idOf.get(article.contentHash)!, fileName: article.fileName, publisher: article.publisher, published: article.published };
      return claims.map((claim) => toClaimRow(claim, ref));
    }));
    for (const plan of plans) {
      if (plan.kind !== "update") continue;
      const { article, claims } = plan.item;
      updateMetadata.run({ id: plan.id, fileName: article.fileName, title: article.title, publisher: article.publisher, url: article.url, language: article.language, published: article.published, dateSource: article.dateSource, dateNote: article.dateNote, metadataNote: article.metadataNote ?? null });
      replaceClaims(db, { id: plan.id, fileName: article.fileName, publisher: article.publisher, published: article.published }, claims);
    }
    return plans.map((plan, i): StoreOutcome => {
      if (plan.kind === "add") return { status: "added", id: idOf.get(plan.item.article.contentHash)!, claims: plan.item.claims.length };
      if (plan.kind === "update") return { status: "updated", id: plan.id, claims: plan.item.claims.length };
      // A text twice in one batch: the second copy is the first's.
      const id = plan.id === -1 ? (idOf.get(batch[i]!.article.contentHash) ?? -1) : plan.id;
      return { status: "unchanged", id, sameAs: plan.sameAs };
    });
    // Immediate: the batch reads before it writes, and a deferred transaction that must then
    // upgrade to a write cannot wait for another writer; it fails at once with "database is locked".
  }).immediate();
}

export interface KnownArticle {
  fileName: string;
  metadata: string;
}

/** Every stored article's content hash with its file name and metadata, to skip known, unchanged texts before extracting them. */
export function loadKnownArticles(db: SqliteDatabase): Map<string, KnownArticle> {
  const rows = db.prepare<[], StoredArticle & { contentHash: string }>(`SELECT ${STORED_COLUMNS}, "contentHash" FROM "Article"`).all();
  return new Map(rows.map((r) => [r.contentHash, { fileName: r.fileName, metadata: metadataKey(r) }]));
}
