import type { SqliteDatabase } from "../../db/sqlite";
import { loadKnownArticles, storeArticles } from "../../db/write/store-article";
import { extractionInput } from "../../lib/articles/language";
import type { Extractor } from "./extract-pool";
import type { Manifests } from "../manifests";
import { prepareFile, type Prepared } from "./prepare-file";

export type FileOutcome =
  | { status: "added"; claims: number }
  | { status: "updated"; claims: number }
  | { status: "unchanged"; sameAs: string }
  | { status: "failed"; reason: string };

export interface IngestOptions {
  manifests: Manifests;
  maxBytes: number;
  extractor: Extractor;
  batchSize: number;
  onFile: (file: string, outcome: FileOutcome) => void;
}

function settleExtraction(prepared: Prepared[], extractor: Extractor) {
  return Promise.allSettled(prepared.map((p) => {
    const input = p.status === "ready" ? extractionInput(p.article) : null;
    return input ? extractor.extract(input) : Promise.resolve([]);
  }));
}

function storeBatch(db: SqliteDatabase, files: string[], prepared: Prepared[], extracted: PromiseSettledResult<Awaited<ReturnType<Extractor["extract"]>>>[], onFile: IngestOptions["onFile"]) {
  const outcomes: FileOutcome[] = prepared.map((p, i) => {
    if (p.status !== "ready") return p;
    const result = extracted[i]!;
    return result.status === "rejected" ? { status: "failed", reason: String(result.reason) } : { status: "added", claims: result.value.length };
  });
  const toStore = prepared.flatMap((p, i) =>
    p.status === "ready" && outcomes[i]!.status === "added" ? [{ index: i, article: p.article, metadataGiven: p.metadataGiven, claims: (extracted[i] as PromiseFulfilledResult<never[]>).value }] : [],
  );
  const stored = toStore.length ? storeArticles(db, toStore) : [];
  stored.forEach((s, k) => {
    if (s.status !== "added") outcomes[toStore[k]!.index] = s.status === "unchanged" ? { status: "unchanged", sameAs: s.sameAs } : { status: "updated", claims: s.claims };
  });
  outcomes.forEach((outcome, i) => onFile(files[i]!, outcome));
}

/**
 * Loads files in batches: each batch is read and checked, extracted on the
 * worker pool while the previous batch is written, then written in one transaction.
 */
export async function ingestFiles(db: SqliteDatabase, files: string[], options: IngestOptions): Promise<void> {
  const known = loadKnownArticles(db);
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < files.length; start += options.batchSize) {
    const batchFiles = files.slice(start, start + options.batchSize);
    const prepared: Prepared[] = [];
    for (const file of batchFiles) prepared.push(await prepareFile(file, options.manifests, options.maxBytes, known));
    const extracted = settleExtraction(prepared, options.extractor);
    await writing;
    writing = extracted.then((results) => storeBatch(db, batchFiles, prepared, results, options.onFile));
  }
  await writing;
}
