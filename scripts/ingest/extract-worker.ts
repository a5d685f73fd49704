// Runs extraction off the main thread: the ingest's CPU-heavy step.
import { parentPort } from "node:worker_threads";
import type { ArticleInput } from "../../lib/claims/claim";
import { extractClaims } from "../../lib/extract";

parentPort?.on("message", ({ id, article }: { id: number; article: ArticleInput }) => {
  try {
    parentPort?.postMessage({ id, claims: extractClaims(article) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
