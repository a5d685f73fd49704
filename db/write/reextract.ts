// Extraction run again over stored articles whose claims an older version of
// the extractor made: in batches, each batch's claims replaced in one
// transaction (so a stop midway leaves every article whole, old or new), then
// one regroup, which lays the analysts' decisions over the new claims again.
import { extractionInput } from "../../lib/articles/language";
import { extractClaims } from "../../lib/extract";
import { EXTRACTION_VERSION } from "../../lib/extract/version";
import type { SqliteDatabase } from "../sqlite";
import { rebuildQuestions } from "./rebuild-questions";
import { MERGE_AFTER_ARTICLES, mergeSearchIndexes } from "./search-index";
import { refreshPlannerStatistics } from "./statistics";
import { replaceClaims } from "./store-article";

interface StoredText {
  id: number;
  fileName: string;
  text: string;
  language: string;
  publisher: string | null;
  published: string | null;
}

export interface ReextractOptions {
  /** Every article, not only the outdated ones. */
  all?: boolean;
  batchSize?: number;
  onBatch?: (done: number, total: number) => void;
}

export function countOutdatedArticles(db: SqliteDatabase): { outdated: number; total: number } {
  return db.prepare<[number], { outdated: number; total: number }>(`SELECT SUM("extractionVersion" <> ?) AS "outdated", COUNT(*) AS "total" FROM "Article"`).get(EXTRACTION_VERSION) ?? { outdated: 0, total: 0 };
}

/** Returns how many articles were extracted again. */
export function reextractArticles(db: SqliteDatabase, { all = false, batchSize = 100, onBatch }: ReextractOptions = {}): number {
  const where = all ? "" : `WHERE "extractionVersion" <> ${EXTRACTION_VERSION}`;
  const ids = db.prepare<[], { id: number }>(`SELECT "id" FROM "Article" ${where} ORDER BY "id"`).all().map((r) => r.id);
  const read = db.prepare<[number], StoredText>(`SELECT "id", "fileName", "text", "language", "publisher", "published" FROM "Article" WHERE "id" = ?`);
  let done = 0;
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize).map((id) => read.get(id)).filter((a): a is StoredText => a !== undefined);
    const extracted = batch.map((article) => {
      const input = extractionInput(article);
      return { article, claims: input ? extractClaims(input) : [] };
    });
    db.transaction(() => extracted.forEach(({ article, claims }) => replaceClaims(db, article, claims))).immediate();
    done += batch.length;
    onBatch?.(done, ids.length);
  }
  if (done > 0) {
    rebuildQuestions(db);
    refreshPlannerStatistics(db);
  }
  if (done >= MERGE_AFTER_ARTICLES) mergeSearchIndexes(db);
  return done;
}
