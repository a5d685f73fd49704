// With STALL_LOG=FILE, the server appends a line to FILE whenever its event
// loop was held up: when it happened, for how long, and which requests were
// in flight then. A burst of slow answers in a load run is either one such
// stall (some synchronous work held every request) or many requests waiting
// on the cores; this tells which, and names the candidates.
import { appendFileSync } from "node:fs";

const TICK_MS = 50;
/** A tick this much later than due counts as a stall. */
export const STALL_MS = 250;

/** Requests in flight, by start time: what the event loop may have been busy with. */
export function trackInFlight() {
  const inFlight = new Map();
  let next = 0;
  return {
    inFlight,
    wrap(handle) {
      return async (req, res) => {
        const id = next++;
        inFlight.set(id, { url: `${req.method} ${req.url}`, startedAt: Date.now() });
        res.once("close", () => inFlight.delete(id));
        return handle(req, res);
      };
    },
  };
}

/** The line written for one stall: epoch ms at its end, its length, and the requests in flight (oldest first). */
export function stallLine(endedAt, heldMs, inFlight) {
  const requests = [...inFlight.values()].map((r) => `${r.url} (${endedAt - r.startedAt} ms)`);
  return `${endedAt} held ${Math.round(heldMs)} ms; in flight: ${requests.slice(0, 8).join(", ") || "none"}${requests.length > 8 ? ` and ${requests.length - 8} more` : ""}\n`;
}

/** Starts watching the event loop; returns a stop function. */
export function startStallLog(file, inFlight, { append = appendFileSync } = {}) {
  let due = performance.now() + TICK_MS;
  const timer = setInterval(() => {
    const late = performance.now() - due;
    if (late > STALL_MS) append(file, stallLine(Date.now(), late + TICK_MS, inFlight));
    due = performance.now() + TICK_MS;
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
