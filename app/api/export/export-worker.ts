// The export worker: a thread with its own read-only connections, so that
// reading and writing a file of a million rows never holds up the thread that
// answers pages. It is started once and kept (worker-pool.ts): loading its
// modules (the XLSX writer, the SQLite driver) costs more CPU than an export's
// first rows, and paid again for each export it landed beside the pages the
// server was rendering. It serves one export at a time and sends the file in
// chunks, each one when the request asks for it.
// First: the thread's priority is lowered before the modules below load.
import "./worker-priority";
import { parentPort } from "node:worker_threads";
import { exportBody, type ExportJob } from "./export-body";
import { CHUNK_BYTES, errorMessage, type FromWorker, type ToWorker } from "./worker-protocol";

const port = parentPort!;
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** Reads on until a chunk's worth of bytes is gathered or the file ends. */
async function nextChunk(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  while (size < CHUNK_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    size += value.byteLength;
  }
  if (!parts.length) return null;
  if (parts.length === 1) return parts[0]!;
  const chunk = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    chunk.set(part, at);
    at += part.byteLength;
  }
  return chunk;
}

/** The export being served: its id, its reader once started, the queue its pulls run in, and whether it is over (ended or cancelled). */
interface Serving {
  id: number;
  reader: ReadableStreamDefaultReader<Uint8Array> | null;
  busy: Promise<void>;
  over: boolean;
}
let current: Serving | null = null;

/** The export is over: its last word (if any), then the worker is free for the next. */
function finish(serving: Serving, last?: FromWorker) {
  if (serving.over) return;
  serving.over = true;
  if (last) send(last);
  free(serving);
}

function free(serving: Serving) {
  if (current === serving) current = null;
  send({ id: serving.id, type: "free" });
}

async function start(id: number, job: ExportJob) {
  const serving: Serving = { id, reader: null, busy: Promise.resolve(), over: false };
  current = serving;
  if (job.databaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = job.databaseUrl;
  let body: ReadableStream<Uint8Array>;
  try {
    body = await exportBody(job);
  } catch (error) {
    if (serving.over) return free(serving);
    return finish(serving, { id, type: "failed", message: errorMessage(error) });
  }
  serving.reader = body.getReader();
  // Cancelled while its first rows were read: the worker is free once its reads stop.
  if (serving.over) return void serving.reader.cancel().catch(() => {}).finally(() => free(serving));
  send({ id, type: "started" });
}

async function pull(serving: Serving) {
  if (serving.over || !serving.reader) return;
  try {
    const chunk = await nextChunk(serving.reader);
    if (serving.over) return;
    if (!chunk) return finish(serving, { id: serving.id, type: "end" });
    // A copy the worker gives away: no copy across threads, and the buffer is its alone.
    const bytes = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
    send({ id: serving.id, type: "chunk", bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    if (!serving.over) finish(serving, { id: serving.id, type: "error", message: errorMessage(error) });
  }
}

function cancel(serving: Serving) {
  if (serving.over) return;
  serving.over = true;
  // Still reading its first rows: start() frees the worker once they are read.
  if (!serving.reader) return;
  const reader = serving.reader;
  // The pull under way (if any) ends first; then the reads stop and the worker is free.
  serving.busy = serving.busy.then(() => reader.cancel().catch(() => {})).finally(() => free(serving));
}

port.on("message", (message: ToWorker) => {
  if (message.type === "job") return void start(message.id, message.job);
  const serving = current;
  if (!serving || serving.id !== message.id) return;
  if (message.type === "cancel") return cancel(serving);
  serving.busy = serving.busy.then(() => pull(serving));
});
