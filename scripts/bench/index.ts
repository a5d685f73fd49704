// `npm run bench -- [--sizes 1000,10000,100000] [--repeats 30]`: ingest, database
// and page figures for generated corpora of each size. Needs a production build
// (`npx next build`; `npm start` makes one).
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { deployMigrations } from "../db/migrations";
import { DEFAULT_PAGE_SIZE } from "../../lib/filters/claim-filters";
import { firstLoadJs, timeDownload } from "./measure-http";
import { printReviewTimings, timeReviewDecisions } from "./review-decisions";
import { memoryMb, startServer } from "./server";
import { measureStoreCost } from "./store-cost";
import { apiViews, pageViews, pooledSearch, readCorpus, searchViews, timeViews } from "./views";
import { exitWithUsageOnHelp } from "../usage.mjs";

exitWithUsageOnHelp(`
Usage: npm run bench -- [--sizes 1000,10000,100000] [--repeats N] [--port P] [--pages-only] [--skip-review] [--store-articles N] [--only review]
Ingest rate and the CPU of storing an article (with and without the full-text index), database size,
the time of each kind of review decision, of every page and API view with its target, exports and server memory per generated corpus size.
--pages-only measures the databases an earlier run left in data/ without ingesting again, and skips what reads the corpus (the cost of storing).
Each view is timed three ways: its first answer, repeats that ask for a fresh answer (Cache-Control: no-cache, so the
server's response cache renders them anew; the targets judge these) and repeats answered from the cache.
--skip-review leaves out the review decisions (they write to the database, undoing each write).
--only review times the review decisions alone (with --pages-only, on the databases already there), without the server.
Needs a production build (npm run build).
`);

const argsSchema = z.object({
  sizes: z.string().default("1000,10000,100000").transform((s, ctx) => {
    const sizes = s.split(",").map(Number);
    if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) ctx.addIssue({ code: "custom", message: "--sizes must be whole numbers separated by commas" });
    return sizes;
  }),
  repeats: z.coerce.number().int().min(5).default(30),
  port: z.coerce.number().int().default(3200),
  /** Measure the pages again on the databases an earlier run loaded, without ingesting anew. */
  "pages-only": z.boolean().default(false),
  /** Leave out the review decisions, which write to the database (and undo each write). */
  "skip-review": z.boolean().default(false),
  /** How many articles the store-cost measurement stores (0: skip it). */
  "store-articles": z.coerce.number().int().min(0).default(3000),
  /** Only this part: the review decisions, without the views, exports and store cost. */
  only: z.enum(["review"]).optional(),
});

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const tsx = "node_modules/.bin/tsx";
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function ingestCorpus(articles: number, dbFile: string, url: string) {
  const corpus = `corpora/bench-${articles}`;
  if (!existsSync(`${corpus}/manifest.json`)) run(tsx, ["scripts/gen-corpus.ts", "--articles", String(articles), "--seed", "1", "--out", corpus]);
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  await deployMigrations(dbFile);
  const start = performance.now();
  const out = run(tsx, ["scripts/ingest.ts", corpus], { DATABASE_URL: url });
  const ingestSeconds = (performance.now() - start) / 1000;
  const claims = Number(out.match(/Stored (\d+) claims/)?.[1] ?? NaN);
  const storeRate = Number(out.match(/\((\d+) articles\/s\)/)?.[1] ?? NaN);
  const reconcileSeconds = Number(out.match(/Reconciled .* in ([\d.]+) s\.\n/)?.[1] ?? NaN);
  // The merge of the full-text indexes at the end is upkeep of the index too: without the index there is nothing to merge.
  const mergeSeconds = Number(out.match(/Merged .* in ([\d.]+) s\.\n/)?.[1] ?? 0);
  return { claims, storeRate, ingestSeconds, reconcileSeconds, mergeSeconds, articlesPerSecond: articles / ingestSeconds, claimsPerSecond: claims / ingestSeconds };
}

async function benchSize(articles: number, repeats: number, port: number, pagesOnly: boolean, skipReview: boolean) {
  const dbFile = `data/bench-${articles}.db`;
  const url = `file:./${dbFile}`;
  const ingest = pagesOnly ? null : await ingestCorpus(articles, dbFile, url);
  const corpus = readCorpus(dbFile);
  if (skipReview) console.log(`\n## ${articles.toLocaleString("en-US")} articles: review decisions skipped (--skip-review)`);
  else {
    console.log(`\n## ${articles.toLocaleString("en-US")} articles: review decisions (each undone after it is timed)`);
    // At 100,000 articles a regroup takes tens of seconds: one regrouping decision is timed there.
    printReviewTimings(timeReviewDecisions(dbFile, articles >= 100_000));
  }
  console.log(`\n## ${articles.toLocaleString("en-US")} articles: views (p95 targets are for 100,000 articles)`);
  const server = await startServer(url, port);
  try {
    const base = server.baseUrl;
    const claims = ((await (await fetch(`${base}/api/claims?pageSize=1`)).json()) as { total: number }).total;
    // The deepest page of everything: what pagination must not pay for by scanning the pages before it.
    const lastPage = Math.max(1, Math.ceil(claims / DEFAULT_PAGE_SIZE));
    const pages = await timeViews(base, pageViews(corpus, lastPage), repeats);
    const api = await timeViews(base, apiViews(corpus), repeats);
    const searches = await timeViews(base, searchViews(), repeats);
    const before = memoryMb(server.pid);
    const csv = await timeDownload(`${base}/api/export?format=csv`);
    const after = memoryMb(server.pid);
    const filteredCsv = await timeDownload(`${base}/api/export?format=csv&source=gur&category=deployed`);
    const searchJson = await timeDownload(`${base}/api/export?format=json&q=coreens`);
    const js = await firstLoadJs(base, "/");
    return {
      articles,
      claims,
      ingest,
      dbMb: statSync(dbFile).size / 1e6,
      pages,
      api,
      searches,
      csv: { ...csv, mb: csv.bytes / 1e6 },
      filteredCsv,
      searchJson,
      memory: { beforeExportMb: before.rss, peakMb: after.peak, exportGrowthMb: after.peak - before.rss },
      js,
    };
  } finally {
    await server.stop();
  }
}

async function main() {
  const { values } = parseArgs({ options: { sizes: { type: "string" }, repeats: { type: "string" }, port: { type: "string" }, "pages-only": { type: "boolean" }, "skip-review": { type: "boolean" }, "store-articles": { type: "string" }, only: { type: "string" } } });
  const options = argsSchema.parse(values);
  if (options.only === undefined && !existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npx next build` (or `npm start`) first.");
  console.log(`Machine: ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  const load = () => os.loadavg().map((n) => n.toFixed(2)).join(", ");
  console.log(`Load average at the start: ${load()}`);
  if (options.only === "review") {
    for (const size of options.sizes) {
      const dbFile = `data/bench-${size}.db`;
      if (!options["pages-only"]) await ingestCorpus(size, dbFile, `file:./${dbFile}`);
      console.log(`\n## ${size.toLocaleString("en-US")} articles: review decisions (each undone after it is timed)`);
      printReviewTimings(timeReviewDecisions(dbFile, size >= 100_000));
      console.log(`load average now: ${load()}`);
    }
    return;
  }
  for (const size of options.sizes) {
    const r = await benchSize(size, options.repeats, options.port, options["pages-only"], options["skip-review"]);
    console.log(`\n## ${r.articles.toLocaleString("en-US")} articles, ${r.claims.toLocaleString("en-US")} claims: totals`);
    if (r.ingest) {
      const i = r.ingest;
      console.log(`ingest command, start to end: ${i.ingestSeconds.toFixed(1)} s · ${i.articlesPerSecond.toFixed(0)} articles/s · ${i.claimsPerSecond.toFixed(0)} claims/s`);
      console.log(`  of which reading, extraction and storing: ${i.storeRate} articles/s; reconciliation of all claims: ${i.reconcileSeconds} s`);
      console.log(`  of which merging the full-text indexes at the end: ${i.mergeSeconds.toFixed(1)} s, ${((i.mergeSeconds / (i.ingestSeconds - i.mergeSeconds)) * 100).toFixed(1)}% on top of the rest of the ingest`);
    }
    console.log(`database: ${r.dbMb.toFixed(1)} MB`);
    const search = pooledSearch(r.searches);
    console.log(`search, all ${r.searches.length} texts pooled, uncached: median ${ms(search.medianMs)}, p95 ${ms(search.p95Ms)} · target p95 < 50 ms: ${search.p95Ms < 50 ? "met" : "MISSED"}`);
    console.log(`CSV export of everything: first byte ${ms(r.csv.firstByteMs)}, total ${(r.csv.totalMs / 1000).toFixed(1)} s, ${r.csv.mb.toFixed(1)} MB`);
    console.log(`CSV export, source=gur&category=deployed: total ${ms(r.filteredCsv.totalMs)}, ${(r.filteredCsv.bytes / 1e6).toFixed(1)} MB`);
    console.log(`JSON export, q=coreens: first byte ${ms(r.searchJson.firstByteMs)}, total ${ms(r.searchJson.totalMs)}, ${(r.searchJson.bytes / 1e6).toFixed(1)} MB`);
    console.log(`server memory: ${r.memory.beforeExportMb.toFixed(0)} MB before the export, peak ${r.memory.peakMb.toFixed(0)} MB (growth ${r.memory.exportGrowthMb.toFixed(0)} MB)`);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
    console.log(`first-load JavaScript of the overview: ${kb(r.js.initial.gzipBytes)} gzip in the page's own scripts (${r.js.initial.scripts}), ${kb(r.js.total.gzipBytes)} gzip with the charts loaded after it (${r.js.total.scripts} scripts, ${kb(r.js.total.rawBytes)} raw)`);
    console.log(`load average now: ${load()}`);
  }
  if (options["store-articles"] > 0 && options["pages-only"]) {
    console.log(`\n## Storing extracted articles: skipped with --pages-only (it reads and stores the articles of corpora/bench-${options.sizes[0]}; run without --pages-only to measure it)`);
  } else if (options["store-articles"] > 0) {
    const corpus = `corpora/bench-${options.sizes[0]}`;
    const cost = await measureStoreCost(corpus, options["store-articles"]);
    const index = cost.withSearchMs - cost.withoutSearchMs;
    const ingestShare = index / (cost.extractMs + cost.withoutSearchMs);
    console.log(`\n## Storing ${cost.articles.toLocaleString("en-US")} extracted articles (${cost.claims.toLocaleString("en-US")} claims), CPU of the writing thread, best of 3`);
    console.log(`storing with the full-text index: ${cost.withSearchMs.toFixed(2)} ms an article; without it: ${cost.withoutSearchMs.toFixed(2)} ms; reading and extracting: ${cost.extractMs.toFixed(2)} ms`);
    console.log(`the index adds ${(ingestShare * 100).toFixed(1)}% to the CPU of an ingest (extraction and storing) · target ≤ 10%: ${ingestShare <= 0.1 ? "met" : "MISSED"}`);
    console.log(`load average now: ${load()}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
