// The production server behind `npm start`, `npm run serve`, the browser tests
// and the benchmarks: Next.js's documented custom server (`next({ dev: false })`
// inside node:http), so that requests Next cannot take (TRACE, broken
// percent-encodings, headers over the limit) get a clear answer from
// scripts/server/guard.mjs instead of a 500 or an empty body.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { closeGracefully, createGuardedServer } from "./server/http-server.mjs";
import { createResponseCache, refreshThrough } from "./server/response-cache.mjs";
import { databaseFileOf, openDataRevision } from "./server/data-revision.mjs";
import { startStallLog, trackInFlight } from "./server/stall-log.mjs";
import { warmUpHandler } from "./server/warm-up.mjs";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: node scripts/server.mjs [--port PORT] [--hostname HOST]
Serves the last production build (.next/) on PORT (default $PORT, else 3000), on every interface unless HOST is given.
Anonymous reads are answered from a cache until the data changes (RESPONSE_CACHE=off turns it off).
The main pages are rendered once before it listens, so that their first rendering holds up no visitor (WARM_UP=off skips it).
STALL_LOG=FILE appends a line to FILE whenever the event loop is held up, with the requests in flight then.
`);

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
process.env.NODE_ENV = "production";

const { default: next } = await import("next");
const app = next({ dev: false, dir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const revision = process.env.RESPONSE_CACHE === "off" ? null : await openDataRevision(databaseFileOf());
// An entry past its time to live, the data unchanged, is rendered again in the background through the server itself.
let server = null;
const refreshInBackground = refreshThrough({ address: () => server?.address() ?? null });
const cache = revision ? createResponseCache(revision, { refresh: refreshInBackground }) : null;
const cached = (req, res) => (cache ? cache.serve(req, res, () => handle(req, res)) : handle(req, res));
const tracked = process.env.STALL_LOG ? trackInFlight() : null;
const serve = tracked ? tracked.wrap(cached) : cached;
if (process.env.WARM_UP !== "off") {
  const started = performance.now();
  const asked = await warmUpHandler((req, res) => handle(req, res));
  console.log(`  Rendered ${asked.filter((a) => a.status === 200).length} of ${asked.length} main addresses once in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
if (tracked) startStallLog(process.env.STALL_LOG, tracked.inFlight);
server = createGuardedServer(serve);
server.on("error", (error) => {
  console.error(`✖ Cannot serve on port ${port}: ${error.code === "EADDRINUSE" ? "another program already uses it (set PORT to another port)" : error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`  Ready on http://${hostname ?? "localhost"}:${port}`));

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await closeGracefully(server);
    await app.close().catch(() => {});
    process.exit(0);
  });
}
