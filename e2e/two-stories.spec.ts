// Articles of another story loaded with the seeds: a French protest whose
// turnout the Interior Ministry and the CGT put apart (e2e/fixtures/other-story,
// used only by tests). Runs its own server on
// E2E_PORT + 100 over its own database, so the other specs keep the seeds alone.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startOwnServer, type OwnServer } from "./helpers/own-server";

const FIXTURE = "e2e/fixtures/other-story";
const otherStoryFiles = new Set(readdirSync(FIXTURE).filter((f) => f.endsWith(".txt")));

let server: OwnServer;
let BASE: string;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  server = await startOwnServer("two-stories", 100, [
    ["ingest", "--", "seeds"],
    ["ingest", "--", "--manifest", path.join(FIXTURE, "manifest.json"), FIXTURE],
  ]);
  BASE = server.base;
});

test.afterAll(() => server?.stop());

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
