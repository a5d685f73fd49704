// `npm run ingest -- [--manifest FILE] [--max-bytes N] [--workers N] [--verbose] [FILE|DIR ...]` (default: seeds/)
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "../lib/articles/read-article";
import { AGENCIES } from "../lib/sources/agencies";
import { busyMessage, isBusy, openSqlite } from "../db/sqlite";
import { syncSources } from "../db/write/sources";
import { hasUngroupedClaims, rebuildQuestions } from "../db/write/rebuild-questions";
import { refreshPlannerStatistics } from "../db/write/statistics";
import { MERGE_AFTER_ARTICLES, mergeSearchIndexes } from "../db/write/search-index";
import { collectFiles } from "./ingest/collect-files";
import { inlineExtractor, workerExtractor } from "./ingest/extract-pool";
import { ingestFiles, type FileOutcome } from "./ingest/ingest-files";
import { Manifests } from "./manifests";
import { createProgressReporter } from "./ingest/progress-reporter";
import { yieldCpuToServer } from "./ingest/yield-cpu";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: npm run ingest -- [options] [FILE or FOLDER ...]
Loads .txt/.md articles into the database (default: seeds/), extracts their claims and regroups the questions.
  --manifest FILE   the manifest to read dates and publishers from (default: a manifest.json beside the files)
  --max-bytes N     refuse files larger than N bytes (default 5 MB)
  --workers N       extraction worker threads (0: in this process)
  --verbose         a line per file even on large runs
  --help            this text
`);

/** Below this many files, workers cost more to start than they save, and a line per file is readable. */
const SMALL_RUN = 200;

const argsSchema = z.object({
  manifest: z.string().optional(),
  "max-bytes": z.coerce.number().int().positive("must be a positive whole number of bytes").optional(),
  verbose: z.boolean().optional(),
  workers: z.coerce.number().int().min(0, "must be 0 (no worker threads) or more").max(64).optional(),
});

function describe(outcome: FileOutcome): string {
  switch (outcome.status) {
    case "added":
      return `added (${outcome.claims} claim${outcome.claims === 1 ? "" : "s"})`;
    case "updated":
      return `updated (new metadata for a known text; ${outcome.claims} claim${outcome.claims === 1 ? "" : "s"})`;
    case "unchanged":
      return `unchanged (same text as ${outcome.sameAs})`;
    case "failed":
      return `FAILED: ${outcome.reason}`;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { manifest: { type: "string" }, "max-bytes": { type: "string" }, verbose: { type: "boolean" }, workers: { type: "string" } },
  });
  const options = argsSchema.parse(values);
  yieldCpuToServer();
  const { files, missing, refused, skipped } = await collectFiles(positionals.length ? positionals : ["seeds"]);
  const counts = { added: 0, updated: 0, unchanged: 0, failed: missing.length + refused.length, claims: 0 };
  for (const arg of missing) console.log(`${arg}: FAILED: no such file or folder`);
  for (const r of refused) console.log(`${r.path}: FAILED: ${r.reason}`);
  for (const s of skipped) console.log(`${s.path}: skipped: ${s.reason}`);

  const manifests = new Manifests(options.manifest ? path.resolve(options.manifest) : null, (manifestPath, parsed) => {
    for (const w of parsed.warnings) console.log(`${manifestPath}: warning: ${w.entry}: ${w.message}`);
    for (const e of parsed.errors.filter((e) => e.entry !== "manifest" && !parsed.invalid.has(e.entry))) {
      console.log(`${manifestPath}: FAILED: ${e.entry}: ${e.message}`);
      counts.failed++;
    }
  });

  const small = files.length <= SMALL_RUN;
  const lineEach = small || options.verbose;
  // Opened before the workers start: a missing database must not leave them running.
  const db = openSqlite();
  try {
    syncSources(db, AGENCIES);
    const progress = lineEach ? null : createProgressReporter(files.length, "articles");
    const workers = options.workers ?? (small ? 0 : undefined);
    const extractor = workers === 0 ? inlineExtractor() : workerExtractor(workers);
    const started = performance.now();
    try {
      await ingestFiles(db, files, {
        manifests,
        maxBytes: options["max-bytes"] ?? MAX_ARTICLE_BYTES,
        extractor,
        batchSize: small ? 50 : 250,
        onFile: (file, outcome) => {
          counts[outcome.status]++;
          if (outcome.status === "added" || outcome.status === "updated") counts.claims += outcome.claims;
          if (lineEach || outcome.status === "failed") console.log(`${path.relative(process.cwd(), file)}: ${describe(outcome)}`);
          progress?.tick();
        },
      });
    } finally {
      await extractor.close();
      progress?.finish();
    }
    const seconds = (performance.now() - started) / 1000;
    for (const u of await manifests.unmatched()) console.log(`${u.manifestPath}: warning: ${u.file}: no such file beside the manifest or in this run (check the name)`);
    // A run that stopped before or during its regrouping left claims without a question: this run regroups them.
    const changed = counts.added + counts.updated;
    const interrupted = changed === 0 && hasUngroupedClaims(db);
    if (interrupted) console.log("Some stored claims belong to no question (an earlier run stopped before regrouping): regrouping them now.");
    if (changed > 0 || interrupted) {
      const rebuildStart = performance.now();
      // Said before the work starts: on a large database regrouping takes a while, and nothing else shows meanwhile.
      console.log("Regrouping the claims into questions…");
      const questions = rebuildQuestions(db);
      refreshPlannerStatistics(db);
      console.log(`Reconciled claims into ${questions} question${questions === 1 ? "" : "s"} in ${((performance.now() - rebuildStart) / 1000).toFixed(1)} s.`);
    }
    if (changed >= MERGE_AFTER_ARTICLES) {
      const mergeStart = performance.now();
      console.log("Merging the search indexes…");
      const merged = mergeSearchIndexes(db);
      console.log(`Merged ${merged.length ? merged.join(" and ") : "nothing (each index was in one segment)"} in ${((performance.now() - mergeStart) / 1000).toFixed(1)} s.`);
    }
    console.log(`Summary: ${counts.added} added, ${counts.updated ? `${counts.updated} updated, ` : ""}${counts.unchanged} unchanged, ${counts.failed} failed.`);
    if (!small) console.log(`Stored ${counts.claims} claims in ${seconds.toFixed(1)} s (${Math.round(files.length / seconds)} articles/s).`);
    return counts.failed > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}

main()
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    const message = error instanceof z.ZodError ? z.prettifyError(error) : isBusy(error) ? busyMessage() : error instanceof Error ? error.message : String(error);
    console.error(`Ingest stopped: ${message}`);
    process.exitCode = 2;
  });
