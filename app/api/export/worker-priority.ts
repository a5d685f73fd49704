// Imported first by the export worker, for its effect: the worker's thread
// takes a lower CPU priority before the export's own modules load. Loading
// Prisma and the XLSX writer costs a new worker more CPU than its first rows
// do, and every export starts a new worker: under a static import order that
// ran at the server's priority, beside the pages the server renders.
import os from "node:os";
import { EXPORT_NICE_STEPS } from "./worker-protocol";

/** Linux keeps a priority per thread: this lowers the calling thread only, never the server's. */
export function lowerThreadPriority() {
  try {
    os.setPriority(0, Math.min(19, os.getPriority(0) + EXPORT_NICE_STEPS));
  } catch {
    // A priority that cannot be lowered is left as it is.
  }
}

lowerThreadPriority();
