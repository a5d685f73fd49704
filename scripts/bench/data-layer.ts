// `DATABASE_URL=file:./data/bench-100000.db npx tsx scripts/bench/data-layer.ts [--repeats N]`:
// the views with speed targets timed in process, through the data layer alone
// (no server, no rendering), so that two trees can be compared on the same
// database file at the same moment. Prints the median and the slowest of N.
import os from "node:os";
import { parseArgs } from "node:util";
import { fetchClaimsPage, fetchExplorerPage } from "../../db/read/claims";
import { fetchFacetCounts } from "../../db/read/facets";
import { fetchFilterOptions } from "../../db/read/filter-options";
import { fetchSourceChoices } from "../../db/read/review";
import { fetchQuestion } from "../../db/read/questions";
import { fetchQuestionComparison } from "../../db/read/question-comparison-table";
import { reader } from "../../db/read/reader";
import { fetchSourcesOverview, SOURCES_PAGE_LIMITS } from "../../db/read/sources";
import { claimFiltersSchema, DEFAULT_PAGE_SIZE } from "../../lib/filters/claim-filters";
import { SEARCHES } from "./views";
import { exitWithUsageOnHelp } from "../usage.mjs";

exitWithUsageOnHelp(`
Usage: npm run bench:data -- [--repeats N] [--only TEXT]
Times the views with speed targets in process, through the data layer alone, on the database DATABASE_URL names:
the median and the slowest of N runs after a warm-up. --only keeps the views whose name holds TEXT.
`);

const { values } = parseArgs({ options: { repeats: { type: "string", default: "7" }, only: { type: "string" } } });
const repeats = Math.max(3, Number(values.repeats));

async function time(name: string, run: () => unknown): Promise<void> {
  if (values.only && !name.includes(values.only)) return;
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(`${name}: median ${samples[Math.floor(samples.length / 2)]!.toFixed(1)} ms (max ${samples.at(-1)!.toFixed(1)})`);
}

const filters = (params: Record<string, string>) => claimFiltersSchema.parse(params);

/** What the claims page reads for one address: its filter options, facet counts, rows and the review's source choices. */
const claimsPage = (params: Record<string, string>) => () =>
  Promise.all([fetchFilterOptions(), fetchFacetCounts(filters(params)), fetchExplorerPage(filters(params)), fetchSourceChoices()]);

async function main() {
  console.log(`Load average at the start: ${os.loadavg().map((n) => n.toFixed(2)).join(", ")}`);
  const topQuestion = reader().prepare(`SELECT "id" FROM "Question" ORDER BY "claimCount" DESC LIMIT 1`).pluck().get() as string;
  for (const q of SEARCHES) await time(`API search page q=${q}`, () => fetchClaimsPage(filters({ q })));
  await time("explorer page q=coreens", () => fetchExplorerPage(filters({ q: "coreens" })));
  await time("facets q=coreens", () => fetchFacetCounts(filters({ q: "coreens" })));
  await time("facets, everything", () => fetchFacetCounts(filters({})));
  await time("facets source=gur", () => fetchFacetCounts(filters({ source: "gur" })));
  await time("explorer page, everything", () => fetchExplorerPage(filters({})));
  await time("explorer page min=10000&sort=-value", () => fetchExplorerPage(filters({ min: "10000", sort: "-value" })));
  await time("facets min=10000", () => fetchFacetCounts(filters({ min: "10000", sort: "-value" })));
  const claims = reader().prepare(`SELECT count(*) FROM "Claim"`).pluck().get() as number;
  await time("claims page data source=gur", claimsPage({ source: "gur" }));
  await time("claims page data category=deployed&source=gur", claimsPage({ category: "deployed", source: "gur" }));
  await time("claims page data, the last page", claimsPage({ page: String(Math.max(1, Math.ceil(claims / DEFAULT_PAGE_SIZE))) }));
  await time("explorer page outlet=Reuters&sort=value", () => fetchExplorerPage(filters({ outlet: "Reuters", sort: "value" })));
  await time("question page: fetchQuestion", () => fetchQuestion(topQuestion, { relationsPerType: 12, claimsPerRelation: 6 }));
  await time("question page: comparison table", () => fetchQuestionComparison(topQuestion));
  await time("sources page: fetchSourcesOverview", () => fetchSourcesOverview(undefined, SOURCES_PAGE_LIMITS));
  console.log(`Load average at the end: ${os.loadavg().map((n) => n.toFixed(2)).join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
