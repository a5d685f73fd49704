// The request's side of an export worker: it starts the worker, waits for its
// first rows (so an export that cannot read answers an error, not an empty
// file) and hands its chunks on as a byte stream, one chunk asked at a time.
import { Worker } from "node:worker_threads";
import type { ExportJob } from "./export-body";
import type { FromWorker, ToWorker } from "./worker-protocol";

/** How long a cancelled export's worker has to close its connection before it is stopped. */
const CANCEL_GRACE_MS = 2000;

/**
 * Under vitest the sources run as TypeScript, untranspiled, and a worker
 * thread does not inherit the loader that reads them: it loads the worker
 * through tsx. A build bundles the worker with what it imports.
 */
function fromSources(url: URL): string {
  return `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
}

function startWorker(job: ExportJob): Worker {
  if (process.env.VITEST) return new Worker(fromSources(new URL("./export-worker.ts", import.meta.url)), { eval: true, workerData: job });
  return new Worker(new URL("./export-worker.ts", import.meta.url), { workerData: job });
}

/**
 * The export as a byte stream, once its worker has read the first rows.
 * Rejects when it could not start; a failure after that errors the stream
 * (and is passed to onStreamError); cancelling the stream stops the worker.
 */
export function exportInWorker(job: ExportJob, onStreamError: (error: Error) => void): Promise<ReadableStream<Uint8Array>> {
  const worker = startWorker(job);
  const send = (message: ToWorker) => worker.postMessage(message);
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
        if (unanswered) return answer(unanswered);
        send({ type: "pull" });
      }),
    cancel: () => {
      over = true;
      answer = null;
      send({ type: "cancel" });
      setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS).unref();
    },
  });

  return new Promise((resolve, reject) => {
    let started = false;
    worker.on("message", (message: FromWorker) => {
      if (message.type === "started") {
        started = true;
        return resolve(stream);
      }
      if (message.type === "failed") return reject(new Error(message.message));
      deliver(message);
    });
    const stopped = (error: Error) => {
      if (!started) return reject(error);
      if (!over) deliver({ type: "error", message: error.message });
    };
    worker.on("error", stopped);
    worker.on("exit", (code) => stopped(new Error(`The export's worker stopped (exit code ${code}).`)));
  });
}
