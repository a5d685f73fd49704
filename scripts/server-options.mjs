// How the dashboard's server process is started, shared by `npm start` and the
// benchmark so that what is measured is what users run.

/**
 * V8 lets its heap grow towards several gigabytes before collecting in earnest
 * when nothing limits it: a long export then looks like a leak. A cap keeps
 * the server's memory near what it really uses; raise it with NODE_OPTIONS.
 */
export const SERVER_HEAP_MB = 768;

export function serverNodeOptions(existing = process.env.NODE_OPTIONS ?? "") {
  return existing.includes("--max-old-space-size") ? existing : `${existing} --max-old-space-size=${SERVER_HEAP_MB}`.trim();
}
