// Articles of another story loaded with the seeds: a French protest whose
// turnout the Interior Ministry and the CGT put apart (e2e/fixtures/other-story,
// used only by tests). Runs its own server on
// E2E_PORT + 100 over its own database, so the other specs keep the seeds alone.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 100;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = "data/e2e-two-stories.db";
const FIXTURE = "e2e/fixtures/other-story";
const env = { ...process.env, DATABASE_URL: `file:./${DB}`, NEXT_TELEMETRY_DISABLED: "1" };
const otherStoryFiles = new Set(readdirSync(FIXTURE).filter((f) => f.endsWith(".txt")));

let server: ChildProcess | undefined;

function run(args: string[]) {
  const result = spawnSync(args[0]!, args.slice(1), { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(DB + suffix, { force: true });
  run(["npm", "run", "-s", "db:migrate"]);
  run(["npm", "run", "-s", "ingest", "--", "seeds"]);
  run(["npm", "run", "-s", "ingest", "--", "--manifest", path.join(FIXTURE, "manifest.json"), FIXTURE]);
  server = spawn("npx", ["next", "start", "--hostname", "127.0.0.1", "--port", String(PORT)], { env, stdio: "ignore" });
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`${BASE}/articles`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the second server did not start on port ${PORT}`);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

interface ApiQuestion {
  id: string;
  label: string;
  claims: { file: string }[];
}

test("no question mixes the seed story and the protest", async ({ request }) => {
  const answer = await (await request.get(`${BASE}/api/questions?pageSize=100`)).json();
  const questions = answer.questions as ApiQuestion[];
  const stories = questions.map((q) => new Set(q.claims.map((c) => otherStoryFiles.has(c.file))));
  expect(questions.length).toBeGreaterThan(0);
  for (const [i, q] of questions.entries()) expect(stories[i]!.size, `${q.label} mixes the two stories`).toBeLessThanOrEqual(1);
  expect(stories.some((s) => s.has(true)), "the protest's figures are in some question").toBe(true);
  expect(stories.some((s) => s.has(false)), "the seed story's figures are in some question").toBe(true);
});
