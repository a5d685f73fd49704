// The export worker: one thread per export, with its own read-only
// connection, so that reading and writing a file of a million rows never
// holds up the thread that answers pages. It sends the file in chunks, each
// one when the request asks for it.
// First: the thread's priority is lowered before the modules below load.
import "./worker-priority";
import { parentPort, workerData } from "node:worker_threads";
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

function serve(reader: ReadableStreamDefaultReader<Uint8Array>) {
  let busy = Promise.resolve();
  let finished = false;
  const finish = (message: FromWorker) => {
    finished = true;
    send(message);
    port.close();
  };
  const pull = async () => {
    if (finished) return;
    try {
      const chunk = await nextChunk(reader);
      if (!chunk) return finish({ type: "end" });
      // A copy the worker gives away: no copy across threads, and the buffer is its alone.
      const bytes = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
      send({ type: "chunk", bytes }, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      finish({ type: "error", message: errorMessage(error) });
    }
  };
  port.on("message", (message: ToWorker) => {
    if (message.type === "cancel") {
      finished = true;
      port.close();
      reader.cancel().catch(() => {});
      return;
    }
    busy = busy.then(pull);
  });
}

async function main() {
  let body: ReadableStream<Uint8Array>;
  try {
    body = await exportBody(workerData as ExportJob);
  } catch (error) {
    send({ type: "failed", message: errorMessage(error) });
    port.close();
    return;
  }
  serve(body.getReader());
  send({ type: "started" });
}

void main();
