import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleInput, ExtractedClaim } from "../../lib/claims/claim";
import { extractClaims } from "../../lib/extract";

type Reply = { id: number; claims?: ExtractedClaim[]; error?: string };
type Waiter = { resolve: (c: ExtractedClaim[]) => void; reject: (e: Error) => void };

export interface Extractor {
  extract(article: ArticleInput): Promise<ExtractedClaim[]>;
  close(): Promise<void>;
}

/** Extraction on the calling thread: for a handful of files, where starting workers costs more than it saves. */
export function inlineExtractor(): Extractor {
  return { extract: async (article) => extractClaims(article), close: async () => {} };
}

/**
 * Extraction spread over worker threads, one per core. A worker that dies
 * fails every request in flight and every later one, loudly: a request must
 * never wait for an answer that cannot come.
 */
export function workerExtractor(size = availableParallelism()): Extractor {
  const pending = new Map<number, Waiter>();
  let failure: Error | null = null;
  let closing = false;
  const fail = (error: Error) => {
    failure ??= new Error(`an extraction worker stopped: ${error.message}`);
    pending.forEach((waiter) => waiter.reject(failure!));
    pending.clear();
  };
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(new URL("./extract-worker.mjs", import.meta.url));
    worker.on("message", ({ id, claims, error }: Reply) => {
      const waiter = pending.get(id);
      pending.delete(id);
      if (error !== undefined || !claims) waiter?.reject(new Error(`extraction failed: ${error}`));
      else waiter?.resolve(claims);
    });
    worker.on("error", fail);
    worker.on("exit", (code) => closing || fail(new Error(`exit code ${code}`)));
    return worker;
  });
  let nextId = 0;
  return {
    extract(article) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage({ id, article });
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
