// Articles sent from the browser, stored the way `npm run ingest` stores a
// batch: the same preparation and checks, extraction, one transaction for the
// whole batch (so a request cut off midway leaves nothing of it), then the
// regrouping, before the answer goes back.
import { metadataKey } from "../../lib/articles/new-article";
import { extractionInput } from "../../lib/articles/language";
import { prepareArticle, type GivenMetadata } from "../../lib/articles/prepare-article";
import { MAX_ARTICLE_BYTES } from "../../lib/articles/read-article";
import type { ExtractedClaim } from "../../lib/claims/claim";
import { extractClaims } from "../../lib/extract";
import { AGENCIES } from "../../lib/sources/agencies";
import type { SqliteDatabase } from "../sqlite";
import { rebuildQuestions } from "./rebuild-questions";
import { syncSources } from "./sources";
import { refreshPlannerStatistics } from "./statistics";
import { loadKnownArticles, storeArticles, type NewArticle } from "./store-article";

export interface Upload {
  fileName: string;
  bytes: Uint8Array;
  metadata: GivenMetadata;
}

export type UploadOutcome =
  | { status: "added" | "updated"; articleId: number; title: string; claims: number; language: string }
  | { status: "unchanged"; articleId: number; title: string }
  | { status: "refused"; reason: string };

type Ready = { index: number; article: NewArticle; claims: ExtractedClaim[]; metadataGiven: boolean };

export function ingestUploads(db: SqliteDatabase, uploads: readonly Upload[]): UploadOutcome[] {
  const outcomes: (UploadOutcome | null)[] = uploads.map(() => null);
  const known = loadKnownArticles(db);
  const idOfHash = new Map(db.prepare<[], { id: number; contentHash: string; title: string }>(`SELECT "id", "contentHash", "title" FROM "Article"`).all().map((r) => [r.contentHash, r]));
  const ready: Ready[] = [];
  uploads.forEach((upload, index) => {
    const prepared = prepareArticle(upload.fileName, upload.bytes, upload.metadata, MAX_ARTICLE_BYTES);
    if (!prepared.ok) return void (outcomes[index] = { status: "refused", reason: prepared.reason });
    const { article } = prepared;
    const before = known.get(article.contentHash);
    const stored = idOfHash.get(article.contentHash);
    // A known text sent with no detail filled in stays as stored; with details, new ones update it.
    const metadataGiven = Object.values(upload.metadata).some((v) => v !== null && v !== undefined && v !== "");
    if (before && stored && (!metadataGiven || before.metadata === metadataKey(article))) return void (outcomes[index] = { status: "unchanged", articleId: stored.id, title: stored.title });
    try {
      const input = extractionInput(article);
      ready.push({ index, article, metadataGiven, claims: input ? extractClaims(input) : [] });
    } catch (error) {
      outcomes[index] = { status: "refused", reason: `its claims could not be read (${error instanceof Error ? error.message : String(error)})` };
    }
  });
  if (ready.length) {
    syncSources(db, AGENCIES);
    const stored = storeArticles(db, ready);
    stored.forEach((s, k) => {
      const { index, article } = ready[k]!;
      outcomes[index] = s.status === "unchanged" ? { status: "unchanged", articleId: s.id, title: article.title } : { status: s.status, articleId: s.id, title: article.title, claims: s.claims, language: article.language };
    });
    if (stored.some((s) => s.status !== "unchanged")) {
      rebuildQuestions(db);
      refreshPlannerStatistics(db);
    }
  }
  return outcomes.map((o) => o ?? { status: "refused", reason: "it was not processed" });
}
