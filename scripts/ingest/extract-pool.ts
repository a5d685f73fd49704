import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleInput, ExtractedClaim } from "../../lib/claims/claim";
import { extractClaims } from "../../lib/extract";

type Reply = { id: number; claims?: ExtractedClaim[]; error?: string };

export interface Extractor {
  extract(article: ArticleInput): Promise<ExtractedClaim[]>;
  close(): Promise<void>;
}

/** Extraction on the calling thread: for a handful of files, where starting workers costs more than it saves. */
export function inlineExtractor(): Extractor {
  return { extract: async (article) => extractClaims(article), close: async () => {} };
}

/** Extraction spread over worker threads, one per core. */
export function workerExtractor(size = availableParallelism()): Extractor {
  const workers = Array.from({ length: Math.max(1, size) }, () =>
    new Worker(new URL("./extract-worker.ts", import.meta.url), { execArgv: ["--import", "tsx"] }),
  );
  const pending = new Map<number, { resolve: (c: ExtractedClaim[]) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  for (const worker of workers) {
    worker.on("message", ({ id, claims, error }: Reply) => {
      const waiter = pending.get(id);
      pending.delete(id);
      if (error !== undefined || !claims) waiter?.reject(new Error(`extraction failed: ${error}`));
      else waiter?.resolve(claims);
    });
    worker.on("error", (error) => pending.forEach((w) => w.reject(error)));
  }
  return {
    extract(article) {
      const id = nextId++;
      const worker = workers[id % workers.length]!;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, article });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
