// Answers that only a write can change, kept until the database changes: the
// facet counts of the explorer's usual states (nothing chosen, an agency, a
// category …) add up tens of thousands of kept rows, the same on every request
// between two writes. SQLite's data_version tells, in a few µs, whether any
// connection (an ingest in another process included) has committed since:
// every kept answer is then dropped, so none is ever older than the data.
import type { SqliteDatabase } from "../sqlite";
import { reader } from "./reader";

/** At most this many answers are kept (the oldest go first). */
const MAX_KEPT = 200;

interface Kept {
  /** The connection whose data_version the answers were read at (its numbers are its own). */
  db: SqliteDatabase | null;
  version: number;
  answers: Map<string, unknown>;
}

const globalForKept = globalThis as unknown as { keptUntilWrite?: Kept };
const kept = (globalForKept.keptUntilWrite ??= { db: null, version: 0, answers: new Map() });

/** The answer kept for this key since the last write, else `compute()`'s, kept. */
export function untilWrite<T>(key: string, compute: () => T): T {
  const db = reader();
  const version = db.pragma("data_version", { simple: true }) as number;
  if (kept.db !== db || kept.version !== version) {
    kept.db = db;
    kept.version = version;
    kept.answers.clear();
  }
  if (kept.answers.has(key)) return kept.answers.get(key) as T;
  const answer = compute();
  if (kept.answers.size >= MAX_KEPT) kept.answers.delete(kept.answers.keys().next().value!);
  kept.answers.set(key, answer);
  return answer;
}

/** As `untilWrite`, for an answer read asynchronously: a read that fails is not kept, so the next request tries again. */
export function untilWriteAsync<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const answer = untilWrite(key, compute);
  answer.catch(() => {
    if (kept.answers.get(key) === answer) kept.answers.delete(key);
  });
  return answer;
}
