// Times reconcile() on synthetic claims of growing size, to show that the
// cost per claim stays flat (n log n grouping, capped pairwise relations).
// Usage: npm run bench:reconcile [-- 10000 100000 1000000]
import { syntheticClaims } from "../lib/reconcile/fixtures/synthetic-claims";
import { reconcile } from "../lib/reconcile/index";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: npm run bench:reconcile [-- SIZE ...]
Times the grouping of SIZE synthetic claims (default 10000 100000 1000000) and prints the figures.
`);

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const BUDGET_MS_PER_MILLION = 10_000;

function parseSizes(args: string[]): number[] {
  const sizes = args.map(Number).filter((size) => Number.isInteger(size) && size > 0);
  return sizes.length > 0 ? sizes : DEFAULT_SIZES;
}

function main(): void {
  const sizes = parseSizes(process.argv.slice(2));
  reconcile(syntheticClaims(2_000, 7)); // warm-up: let the JIT compile before timing
  console.log("claims      questions  largest   relations  time (ms)  µs/claim");
  let overBudget = false;
  for (const size of sizes) {
    const claims = syntheticClaims(size);
    const started = performance.now();
    const result = reconcile(claims);
    const elapsed = performance.now() - started;
    const largest = result.questions.reduce((max, question) => Math.max(max, question.claimCount), 0);
    const relations = result.questions.reduce((sum, question) => sum + question.relations.length, 0);
    const perClaim = (elapsed * 1000) / size;
    console.log(
      [size, result.questions.length, largest, relations].map((n) => String(n).padEnd(10)).join(" ") +
        ` ${elapsed.toFixed(0).padStart(9)}  ${perClaim.toFixed(2).padStart(8)}`,
    );
    // Small inputs pay a fixed cost per question, so only a million or more is held to the budget.
    if (size >= 1_000_000 && (elapsed * 1_000_000) / size > BUDGET_MS_PER_MILLION) overBudget = true;
  }
  if (overBudget) {
    console.log(`Over budget: more than ${BUDGET_MS_PER_MILLION / 1000} s per million claims.`);
    process.exitCode = 1;
  }
}

main();
