// `npm run test:reliability [-- --full]`: builds its own databases and servers
// (loopback only, one port: --port, default 3300) and checks that bad input, crashes, hostile
// requests and load leave Triangulate intact, printing the figures at the end.
// The default size fits CI (a few minutes); --full is the benchmark's size.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { startServer } from "../bench/server";
import { runBadInput } from "./bad-input";
import { runCrash } from "./crash";
import { copyDatabase, freshDatabase, generateCorpus, ingest, spawnIngest } from "./database";
import { runFuzz } from "./fuzz";
import { rawRequest } from "./http";
import { eventsDuring, reportLoad, runLoad, type LoadResult } from "./load";
import { Report } from "./report";
import { buildDashboard, staleBuildReason } from "../build-stamp.mjs";
import { exitWithUsageOnHelp } from "../usage.mjs";

const SIZES = {
  ci: { corpus: 200, writer: 120, mentions: 10_000, loadSeconds: 10 },
  full: { corpus: 3000, writer: 1000, mentions: 20_000, loadSeconds: 60 },
};

function firstIds(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const question = (db.prepare(`SELECT "id" FROM "Question" ORDER BY "conflictScore" DESC, "claimCount" DESC LIMIT 1`).get() as { id: string }).id;
    const article = (db.prepare(`SELECT MIN("id") AS id FROM "Article"`).get() as { id: number }).id;
    return { question, article };
  } finally {
    db.close();
  }
}

function ensureBuild() {
  const stale = staleBuildReason();
  if (!stale) return;
  console.log(`Building the dashboard (${stale}).`);
  if (!buildDashboard({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" })) throw new Error("next build failed");
}

function mixFor(ids: { question: string; article: number }, exports: boolean): string[] {
  const q = encodeURIComponent(ids.question);
  const pages = ["/", "/claims", "/articles", "/sources", `/questions/${q}`, `/articles/${ids.article}`, "/claims?q=soldats&sort=-value", "/claims?page=3"];
  const api = ["/api/claims?pageSize=50", "/api/questions", `/api/questions/${q}`, "/api/claims?sort=-value&min=1000"];
  const mix = [...pages, ...api];
  return exports ? [...mix, "/api/export?format=csv", ...mix, "/api/export?format=xlsx", ...mix, "/api/export?format=json"] : mix;
}

/** An article whose one figure is mentioned thousands of times: its page must not hold up the server. */
function addGiantArticle(work: string, file: string, mentions: number): number {
  const dir = path.join(work, "giant");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "giant.txt"), "Selon Séoul, 3 000 soldats nord-coréens sont en Russie depuis octobre. ".repeat(mentions));
  const result = ingest(file, ["--max-bytes", String(20 << 20), dir]);
  if (result.code !== 0) throw new Error(`the giant article did not load: ${result.stdout.slice(-300)}`);
  const db = new Database(file, { readonly: true });
  const id = (db.prepare(`SELECT "id" FROM "Article" WHERE "fileName" = 'giant.txt'`).get() as { id: number }).id;
  db.close();
  return id;
}

/** Export downloads and nothing else: how long they hold up a tiny request, apart from the pages they share the server with. */
const EXPORTS_ONLY = ["/api/export?format=xlsx", "/api/export?format=csv", "/api/export?format=json", "/api/export?format=xlsx&sort=-value"];
const EXPORT_CLIENTS = 4;

/** The server's event-loop stalls (scripts/server/stall-log.mjs), as stamped events. */
function stallsOf(file: string): { epochMs: number; text: string }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => ({ epochMs: Number(line.slice(0, line.indexOf(" "))), text: `server ${line.slice(line.indexOf(" ") + 1)}` }));
}

const PARTS = ["bad-input", "crash", "fuzz", "load"] as const;
type Part = (typeof PARTS)[number];

const USAGE = `
Usage: npm run test:reliability -- [--full] [--only PART] [--seconds N] [--keep] [--port PORT]
Builds its own databases and servers on 127.0.0.1 and checks bad input, crash safety, HTTP fuzz and load; figures at the end.
  --full         the benchmark size (60 s of load, 3,000 articles; the p99 and 2 s targets are checked)
  --only PART    run one part: ${PARTS.join(", ")} (load still builds the corpus database it needs)
  --seconds N    how long each load scenario lasts (default 10, 60 with --full)
  --keep         keep the working folder afterwards
  --port PORT    the port its servers use, one after the other (default 3300)
The load figures are only worth what the machine gives: each scenario prints the load average beside them.
RESPONSE_CACHE=off in the environment measures the server without its response cache.
`;

function chosenPart(only: string | undefined): Part | null {
  if (only === undefined) return null;
  if ((PARTS as readonly string[]).includes(only)) return only as Part;
  console.error(`--only ${only}: expected one of ${PARTS.join(", ")}.`);
  process.exit(2);
}

/** The corpus stored by one clean ingest, as the crash part leaves it in crash-clean.db. */
function corpusDatabase(work: string, corpus: string): string {
  const file = path.join(work, "crash-clean.db");
  freshDatabase(file);
  const loaded = ingest(file, [corpus]);
  if (loaded.code !== 0) throw new Error(`the corpus did not load: ${loaded.stdout.slice(-300)} ${loaded.stderr}`);
  return file;
}

async function main(): Promise<number> {
  exitWithUsageOnHelp(USAGE);
  const { values } = parseArgs({ options: { full: { type: "boolean" }, keep: { type: "boolean" }, port: { type: "string", default: "3300" }, only: { type: "string" }, seconds: { type: "string" } } });
  const port = Number(values.port);
  const only = chosenPart(values.only);
  const runs = (part: Part) => only === null || only === part;
  const size = values.full ? SIZES.full : SIZES.ci;
  const loadSeconds = values.seconds ? Number(values.seconds) : size.loadSeconds;
  if (!(loadSeconds > 0)) {
    console.error(`--seconds ${values.seconds}: expected a number of seconds above 0.`);
    return 2;
  }
  const report = new Report();
  const work = mkdtempSync(path.join(tmpdir(), "triangulate-reliability-"));
  const started = performance.now();
  const stops: (() => Promise<void>)[] = [];
  // The servers started below inherit it: their stalls land in the load report beside the slow answers.
  const stallLog = path.join(work, "stalls.log");
  process.env.STALL_LOG = stallLog;
  const events = (r: LoadResult, more: { epochMs: number; text: string }[] = []) => eventsDuring(r, [...stallsOf(stallLog), ...more]).sort((a, b) => a.at - b.at);
  try {
    console.log(`Reliability suite (${values.full ? "full" : "CI"} size${only ? `, ${only} only` : ""}) in ${work}`);
    if (runs("bad-input")) {
      console.log("\n▶ Bad-input matrix");
      runBadInput(work, report);
    }
    if (only === "bad-input") return finish(report, started);

    const corpus = path.join(work, "corpus");
    generateCorpus(corpus, size.corpus);
    if (runs("crash")) {
      console.log(`\n▶ Crash safety on ${size.corpus} generated articles`);
      await runCrash(work, corpus, report);
    } else {
      console.log(`\n▶ Loading ${size.corpus} generated articles`);
      corpusDatabase(work, corpus);
    }
    if (only === "crash") return finish(report, started);

    const corpusDb = path.join(work, "corpus.db");
    copyDatabase(path.join(work, "crash-clean.db"), corpusDb);
    const giant = addGiantArticle(work, corpusDb, size.mentions);
    const seedsDb = path.join(work, "seeds.db");
    freshDatabase(seedsDb);
    if (ingest(seedsDb, ["seeds"]).code !== 0) throw new Error("the seeds did not load");
    ensureBuild();

    if (runs("load")) {
      console.log("\n▶ Load on the seed database, pages and API");
      const seedServer = await startServer(`file:${seedsDb}`, port);
      stops.push(() => seedServer.stop());
      const seedIds = firstIds(seedsDb);
      const seedLoad = await runLoad(port, mixFor(seedIds, false), loadSeconds);
      reportLoad(report, "seeds, pages and API", seedLoad, { p99: 1000, enforce: Boolean(values.full) }, events(seedLoad));
      await seedServer.stop();
      stops.pop();
    }

    console.log(`\n▶ The corpus database (${size.corpus} articles and one of ${size.mentions} mentions)`);
    const server = await startServer(`file:${corpusDb}`, port);
    stops.push(() => server.stop());
    const ids = firstIds(corpusDb);
    if (runs("fuzz")) {
      const [page, beside] = await Promise.all([
        rawRequest(port, "GET", `/articles/${giant}`, { timeoutMs: 120_000 }),
        new Promise<number>((resolve) => setTimeout(() => rawRequest(port, "GET", "/api/claims?pageSize=1").then((r) => resolve(r.ms)), 100)),
      ]);
      report.figure("article", `page of ${size.mentions} mentions (ms, size)`, `${Math.round(page.ms)}, ${(page.body.length / 1e6).toFixed(1)} MB`);
      report.figure("article", "a small API call sent meanwhile (ms)", Math.round(beside));
      report.check("article", "the page of a giant article answers 200 within 10 s and says it is capped", page.status === 200 && page.ms < 10_000 && /are highlighted/.test(page.body), `${page.status} in ${Math.round(page.ms)} ms`);
      report.check("article", "a request beside it is answered within 2 s", beside < 2000, `${Math.round(beside)} ms`);
      const questionsPage = await rawRequest(port, "GET", "/api/questions");
      report.check("api", "/api/questions answers 200 on the corpus database", questionsPage.status === 200, String(questionsPage.status));

      console.log("\n▶ HTTP fuzz");
      await runFuzz(port, ids, report, Boolean(values.full));
    }

    if (runs("load")) {
      console.log(`\n▶ ${EXPORT_CLIENTS} clients downloading exports, nothing else`);
      const exportsOnly = await runLoad(port, EXPORTS_ONLY, loadSeconds, EXPORT_CLIENTS);
      reportLoad(report, "corpus, exports only", exportsOnly, { max: 2000, enforce: Boolean(values.full) }, events(exportsOnly));

      console.log("\n▶ Load with exports in the mix");
      const withExports = await runLoad(port, mixFor(ids, true), loadSeconds);
      reportLoad(report, "corpus, pages, API and exports", withExports, { max: 2000, enforce: Boolean(values.full) }, events(withExports));

      console.log("\n▶ Load while an ingest writes");
      const writerCorpus = path.join(work, "writer-corpus");
      generateCorpus(writerCorpus, size.writer, 2);
      const writer = spawnIngest(corpusDb, [writerCorpus]);
      // Its progress lines, stamped as they arrive: what the ingest was doing when answers were slow.
      const writerLines: { epochMs: number; text: string }[] = [];
      writer.stdout.on("data", (d: Buffer) => {
        for (const line of d.toString().split(/[\r\n]+/)) if (line.trim()) writerLines.push({ epochMs: Date.now(), text: `ingest: ${line.trim()}` });
      });
      let writerErr = "";
      writer.stderr.on("data", (d: Buffer) => (writerErr += d.toString()));
      const writerDone = new Promise<number | null>((resolve) => writer.on("exit", (code) => resolve(code)));
      const beside = await runLoad(port, mixFor(ids, false), loadSeconds);
      const writerCode = await writerDone;
      reportLoad(report, "corpus while an ingest writes", beside, { max: 2000, enforce: Boolean(values.full) }, events(beside, writerLines));
      report.check(PART_INGEST, "the ingest beside the load finishes with exit 0", writerCode === 0, writerErr.slice(0, 300));
    }
    await server.stop();
    stops.pop();
  } catch (error) {
    report.check("suite", "ran to the end", false, error instanceof Error ? error.message : String(error));
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
  return finish(report, started);
}

function finish(report: Report, started: number): number {
  report.figure("suite", "total time (s)", ((performance.now() - started) / 1000).toFixed(0));
  return report.print() > 0 ? 1 : 0;
}

const PART_INGEST = "load";

main().then((code) => process.exit(code));
