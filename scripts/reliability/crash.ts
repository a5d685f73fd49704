// Crash safety: the ingest killed with SIGKILL at several moments, regrouping
// included. After each kill the file is intact with no orphan rows, and one
// more run ends with exactly what a clean run stores, questions included.
import path from "node:path";
import { counts, freshDatabase, ingest, integrityProblems, questionFingerprint, spawnIngest, type Counts } from "./database";
import type { Report } from "./report";

const PART = "crash";

/** The line the ingest prints as its regrouping starts (scripts/ingest.ts). */
const REGROUPING_STARTS = /^Regrouping the claims into questions/m;

/**
 * Kills the ingest with SIGKILL `delayMs` after a moment of its output: once
 * it has reported `files` files (--verbose prints a line per file at any
 * size), or once its regrouping starts. Waiting for the output, not for a
 * time, lands the kill at the same moment on any machine and at any size.
 */
function killWhen(file: string, corpus: string, moment: { files: number } | "regrouping", delayMs: number): Promise<{ exited: boolean }> {
  return new Promise((resolve) => {
    const child = spawnIngest(file, ["--verbose", corpus]);
    let seen = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on("data", (d: Buffer) => {
      const text = d.toString();
      seen += (text.match(/: (added|unchanged|FAILED)/g) ?? []).length;
      const reached = moment === "regrouping" ? REGROUPING_STARTS.test(text) : seen >= moment.files;
      if (reached && !timer) timer = setTimeout(() => child.kill("SIGKILL"), delayMs);
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
  const files = clean.counts.articles;
  const moments: { name: string; at: { files: number } | "regrouping"; delayMs: number }[] = [
    { name: "while the second batch is extracted and stored", at: { files: 1 }, delayMs: 0 },
    { name: "half way through storing", at: { files: Math.ceil(files / 2) }, delayMs: 0 },
    // A third into the time the clean run's regrouping took: well inside it even when this run goes faster.
    { name: "during the regrouping after the last batch", at: "regrouping", delayMs: clean.regroupMs / 3 },
  ];
  let hitRegrouping = false;
  for (const moment of moments) {
    const file = path.join(work, "crash.db");
    freshDatabase(file);
    const { exited } = await killWhen(file, corpus, moment.at, moment.delayMs);
    const after = counts(file);
    if (moment.at === "regrouping") hitRegrouping = !exited && after.claims === clean.counts.claims && after.questions === 0;
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
