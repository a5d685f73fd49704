// `npm run reextract -- [--all] [--batch N]`: extraction again over stored articles.
import { parseArgs } from "node:util";
import { z } from "zod";
import { busyMessage, isBusy, openSqlite } from "../db/sqlite";
import { countOutdatedArticles, reextractArticles } from "../db/write/reextract";
import { EXTRACTION_VERSION } from "../lib/extract/version";
import { createProgressReporter } from "./ingest/progress-reporter";

const HELP = `Usage: npm run reextract -- [--all] [--batch N]

Extracts claims again from the stored articles that an older version of the
extractor read (version now: ${EXTRACTION_VERSION}), or from every article with --all,
in batches of N (default 100), each batch in one transaction; then regroups the
questions once. Analysts' decisions and added claims are kept. npm start runs it.`;

const argsSchema = z.object({ all: z.boolean().optional(), batch: z.coerce.number().int().min(1, "must be a whole number from 1").max(10_000).optional(), help: z.boolean().optional() });

function main(): number {
  const { values } = parseArgs({ options: { all: { type: "boolean" }, batch: { type: "string" }, help: { type: "boolean", short: "h" } } });
  const options = argsSchema.parse(values);
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  const db = openSqlite();
  try {
    const { outdated, total } = countOutdatedArticles(db);
    const count = options.all ? total : outdated;
    if (!count) {
      console.log(`Every article is extracted with version ${EXTRACTION_VERSION}: nothing to do.`);
      return 0;
    }
    console.log(`Extracting ${count} article${count === 1 ? "" : "s"} again (version ${EXTRACTION_VERSION}).`);
    const progress = createProgressReporter(count, "articles");
    const started = performance.now();
    let last = 0;
    const done = reextractArticles(db, { all: options.all, batchSize: options.batch, onBatch: (n) => { for (; last < n; last++) progress.tick(); } });
    progress.finish();
    console.log(`Extracted ${done} article${done === 1 ? "" : "s"} again and regrouped the questions in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    db.close();
  }
}

try {
  process.exitCode = main();
} catch (error) {
  const message = error instanceof z.ZodError ? z.prettifyError(error) : isBusy(error) ? busyMessage() : error instanceof Error ? error.message : String(error);
  console.error(`Re-extraction stopped: ${message}`);
  process.exitCode = 2;
}
