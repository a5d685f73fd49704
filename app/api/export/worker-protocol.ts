// The messages between an export worker and the requests it serves. A worker
// is started once and serves one export after another (see worker-pool.ts):
// every message names the export it belongs to, so that nothing a cancelled
// export still sends can reach the next one. The request asks for each chunk
// ("pull") only once it passed the last one on, so a client that reads slowly
// slows the worker's reads instead of filling memory.
import type { ExportJob } from "./export-body";

export type ToWorker = { type: "job"; id: number; job: ExportJob } | { type: "pull"; id: number } | { type: "cancel"; id: number };

export type FromWorker = { id: number } & (
  /** The first rows were read: the headers may go out. */
  | { type: "started" }
  /** Nothing could be read: answer an error, nothing was sent. */
  | { type: "failed"; message: string }
  | { type: "chunk"; bytes: Uint8Array }
  | { type: "end" }
  /** The export broke after it started: the download must end broken. */
  | { type: "error"; message: string }
  /** The export is over (ended, failed or cancelled): the worker takes the next one. */
  | { type: "free" }
);

/** Bytes a chunk gathers before it crosses to the request's thread: fewer, larger messages. */
export const CHUNK_BYTES = 64 * 1024;

/** How much lower than the server's an export's CPU priority is (nice steps): with two cores, pages come first. */
export const EXPORT_NICE_STEPS = 10;

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
