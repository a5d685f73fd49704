// The request's side of an export: it takes a worker from the pool, waits for
// the export's first rows (so an export that cannot read answers an error,
// not an empty file) and hands its chunks on as a byte stream, one chunk
// asked at a time.
import type { ExportJob } from "./export-body";
import { ExportWorkerPool, type PooledWorker } from "./worker-pool";
import type { FromWorker } from "./worker-protocol";

/** How long a cancelled export's worker has to stop before it is stopped for good (and replaced). */
const CANCEL_GRACE_MS = 2000;

/** Workers kept: as many as exports may run at once (route.ts bounds them), started when first needed and then kept. */
export const EXPORT_WORKERS = 4;

// One pool per process, also when a build loads this module in more than one chunk.
const POOL_KEY = Symbol.for("triangulate.exportWorkerPool");
const shared = globalThis as { [POOL_KEY]?: ExportWorkerPool };
const pool = (shared[POOL_KEY] ??= new ExportWorkerPool(EXPORT_WORKERS));

/** The export's stream over one worker, its export numbered `id`. */
function streamOf(worker: PooledWorker, id: number, onStreamError: (error: Error) => void) {
  // The pull waiting for the worker's next message, and a message that came with no pull waiting (the worker died between two).
  let answer: ((message: FromWorker) => void) | null = null;
  let unanswered: FromWorker | null = null;
  let over = false;
  const deliver = (message: FromWorker) => {
    if (answer) answer(message);
    else unanswered = message;
  };
  const stream = new ReadableStream<Uint8Array>({
    pull: (controller) =>
      new Promise<void>((pulled) => {
        answer = (message) => {
          answer = null;
          pulled();
          if (message.type === "chunk") return controller.enqueue(message.bytes);
          over = true;
          if (message.type === "end") return controller.close();
          const error = new Error(message.type === "error" ? message.message : "The export stopped before its end.");
          onStreamError(error);
          controller.error(error);
        };
        if (unanswered) {
          const message = unanswered;
          unanswered = null;
          return answer(message);
        }
        worker.send({ type: "pull", id });
      }),
    cancel: () => {
      over = true;
      answer = null;
      worker.cancel(id, CANCEL_GRACE_MS);
    },
  });
  return { stream, deliver, isOver: () => over };
}

let lastId = 0;

/**
 * The export as a byte stream, once a worker has read its first rows.
 * Rejects when it could not start; a failure after that errors the stream
 * (and is passed to onStreamError); cancelling the stream stops the export.
 */
export async function exportInWorker(job: ExportJob, onStreamError: (error: Error) => void): Promise<ReadableStream<Uint8Array>> {
  const worker = await pool.take();
  const id = ++lastId;
  const { stream, deliver, isOver } = streamOf(worker, id, onStreamError);
  return new Promise((resolve, reject) => {
    let started = false;
    worker.serve(id, {
      message: (message) => {
        if (message.type === "started") {
          started = true;
          return resolve(stream);
        }
        if (message.type === "failed") return reject(new Error(message.message));
        deliver(message);
      },
      stopped: (error) => {
        if (!started) return reject(error);
        if (!isOver()) deliver({ id, type: "error", message: error.message });
      },
    });
    // The database is named per export: a worker outlives any one setting of the environment it started with.
    worker.send({ type: "job", id, job: { ...job, databaseUrl: process.env.DATABASE_URL } });
  });
}

/** Workers started and idle now: for tests and the server's own figures. */
export const exportWorkers = () => pool.counts();
