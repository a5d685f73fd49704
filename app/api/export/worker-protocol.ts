// The messages between an export's worker and the request that started it.
// The request asks for each chunk ("pull") only once it passed the last one
// on, so a client that reads slowly slows the worker's reads instead of
// filling memory.

export type ToWorker = { type: "pull" } | { type: "cancel" };

export type FromWorker =
  /** The first rows were read: the headers may go out. */
  | { type: "started" }
  /** Nothing could be read: answer an error, nothing was sent. */
  | { type: "failed"; message: string }
  | { type: "chunk"; bytes: Uint8Array }
  | { type: "end" }
  /** The export broke after it started: the download must end broken. */
  | { type: "error"; message: string };

/** Bytes a chunk gathers before it crosses to the request's thread: fewer, larger messages. */
export const CHUNK_BYTES = 64 * 1024;

/** How much lower than the server's an export's CPU priority is (nice steps): with two cores, pages come first. */
export const EXPORT_NICE_STEPS = 10;

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
