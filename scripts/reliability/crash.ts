// Crash safety: the ingest killed with SIGKILL at several moments, regrouping
// included. After each kill the file is intact with no orphan rows, and one
// more run ends with exactly what a clean run stores, questions included.
import path from "node:path";
import { counts, freshDatabase, ingest, integrityProblems, questionFingerprint, spawnIngest, type Counts } from "./database";
import type { Report } from "./report";

const PART = "crash";

/** Kills the ingest with SIGKILL once it has reported `lines` files, `delayMs` later. */
function killWhen(file: string, corpus: string, lines: number, delayMs: number): Promise<{ exited: boolean }> {
  return new Promise((resolve) => {
    const child = spawnIngest(file, [corpus]);
    let seen = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on("data", (d: Buffer) => {
      seen += (d.toString().match(/: (added|unchanged|FAILED)/g) ?? []).length;
      if (seen >= lines && !timer) timer = setTimeout(() => child.kill("SIGKILL"), delayMs);
    });
    child.stderr.resume();
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ exited: signal !== "SIGKILL" && code !== null });
    });
  });
}

interface CleanRun {
  counts: Counts;
  fingerprint: string;
  totalMs: number;
  regroupMs: number;
}

function cleanRun(work: string, corpus: string): CleanRun {
  const file = path.join(work, "crash-clean.db");
  freshDatabase(file);
  const started = performance.now();
  const result = ingest(file, [corpus]);
  const totalMs = performance.now() - started;
  if (result.code !== 0) throw new Error(`the clean ingest failed: ${result.stdout.slice(-500)} ${result.stderr}`);
  const regroupMs = Number(/in ([\d.]+) s\./.exec(result.stdout)?.[1] ?? 0) * 1000;
  return { counts: counts(file), fingerprint: questionFingerprint(file), totalMs, regroupMs };
}

export async function runCrash(work: string, corpus: string, report: Report) {
  const clean = cleanRun(work, corpus);
  report.figure(PART, "clean ingest (s)", (clean.totalMs / 1000).toFixed(1));
  report.figure(PART, "of which regrouping (s)", (clean.regroupMs / 1000).toFixed(2));
  report.figure(PART, "clean counts (articles / claims / questions / relations)", `${clean.counts.articles} / ${clean.counts.claims} / ${clean.counts.questions} / ${clean.counts.relations}`);
  // A run of this size prints a line per file as each batch of 50 commits; the regrouping starts after the last.
  const files = clean.counts.articles;
  const moments: { name: string; lines: number; delayMs: number; regrouping?: boolean }[] = [
    { name: "while the second batch is extracted and stored", lines: 1, delayMs: 0 },
    { name: "half way through storing", lines: Math.ceil(files / 2), delayMs: 0 },
    { name: "during the regrouping after the last batch", lines: files, delayMs: clean.regroupMs / 3, regrouping: true },
  ];
  let hitRegrouping = false;
  for (const moment of moments) {
    const file = path.join(work, "crash.db");
    freshDatabase(file);
    const { exited } = await killWhen(file, corpus, moment.lines, moment.delayMs);
    const after = counts(file);
    if (moment.regrouping) hitRegrouping = !exited && after.claims === clean.counts.claims && after.questions === 0;
    const problems = integrityProblems(file);
    report.check(PART, `killed ${moment.name}: integrity_check ok, no orphans`, problems.length === 0, problems.join("; "));
    report.figure(PART, `killed ${moment.name}: stored`, `${after.articles} articles, ${after.claims} claims, ${after.questions} questions${exited ? " (ran to the end first)" : ""}`);
    const rerun = ingest(file, [corpus]);
    report.check(PART, `killed ${moment.name}: the re-run exits 0`, rerun.code === 0, rerun.stderr.slice(0, 200));
    const final = counts(file);
    const same = JSON.stringify(final) === JSON.stringify(clean.counts) && questionFingerprint(file) === clean.fingerprint;
    report.check(PART, `killed ${moment.name}: the re-run ends with the clean run's counts and questions`, same, `${JSON.stringify(final)} vs ${JSON.stringify(clean.counts)}`);
  }
  report.check(PART, "one kill landed during the regrouping (every claim stored, some without a question)", hitRegrouping);
}
