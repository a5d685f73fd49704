// Scores the extractor against every hand-made dev set:
//   npm run eval [-- --verbose] [-- --set NAME ...] [-- --gold FILE --seeds DIR]
// One line per set (eval/*/gold.json and the seed story's shared set), then a
// TOTAL line for the sets about other events than the seed story. --set NAME
// scores only that set and lists its wrong sources and dates, misses and false
// positives; --verbose lists them for every set. A set whose folder holds a
// HELD-OUT file is scored but its details are listed only with
// --reveal-held-out, so it stays a fair measure. The matching rules are in
// scripts/eval/score.ts.
import { details, HEADER, scoreLine } from "./eval/report";
import { poolScores, scoreSet, type SetScore } from "./eval/score";
import { adHocSet, evalSets, runSet, seedSet, type DevSet } from "./eval/sets";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: npm run eval -- [--verbose] [--set NAME ...] [--reveal-held-out] [--gold FILE --seeds DIR]
Scores the extraction against the hand-made dev sets: one line per set (precision, recall, F1, sources, dates).
  --set NAME             only that set, with its wrong sources and dates, misses and false positives
  --gold FILE --seeds DIR  an ad hoc set: gold claims and the folder of their articles
  --verbose              the details for every set
  --reveal-held-out      the details of held-out sets too (a folder with a HELD-OUT file); once read, a set is held out no more
  --help                 this text
`);

function argValues(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === name && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
}

function chosenSets(): DevSet[] {
  const gold = argValues("--gold")[0];
  if (gold) return [adHocSet(gold, argValues("--seeds")[0] ?? "seeds")];
  // The seed story's sets first, then the others, each group by name.
  const all = [seedSet(), ...evalSets()].sort((a, b) => Number(b.seedStory) - Number(a.seedStory));
  const wanted = argValues("--set");
  if (!wanted.length) return all;
  const unknown = wanted.filter((name) => !all.some((s) => s.name === name));
  if (unknown.length) throw new Error(`no dev set named ${unknown.join(", ")}; the sets are: ${all.map((s) => s.name).join(", ")}`);
  return all.filter((s) => wanted.includes(s.name));
}

function main(): void {
  const sets = chosenSets();
  const verbose = process.argv.includes("--verbose") || argValues("--set").length > 0 || argValues("--gold").length > 0;
  const revealHeldOut = process.argv.includes("--reveal-held-out");
  const other: SetScore[] = [];
  const detail: string[] = [];
  console.log(HEADER);
  for (const set of sets) {
    const { gold, predicted, articles } = runSet(set);
    const scored = scoreSet(gold, predicted, articles);
    console.log(scoreLine(set.name, scored));
    if (!set.seedStory) other.push(scored);
    if (verbose && set.heldOut && !revealHeldOut) detail.push(`\n${set.name} is held out: its details are not listed (--reveal-held-out lists them).`);
    else if (verbose) detail.push(...details(set.name, scored));
  }
  if (other.length > 1) console.log(scoreLine("TOTAL other events", poolScores(other)));
  for (const line of detail) console.log(line);
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
