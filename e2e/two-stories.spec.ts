// Articles of another story loaded with the seeds: a French protest whose
// turnout the Interior Ministry and the CGT put apart (e2e/fixtures/other-story,
// used only by tests). Runs its own server on
// E2E_PORT + 100 over its own database, so the other specs keep the seeds alone.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openPhoneFilters } from "./helpers/filters";
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
  claimCount: number;
  claimsUrl: string;
  claims: { file: string }[];
}

test("no question mixes the seed story and the protest", async ({ request }) => {
  const answer = await (await request.get(`${BASE}/api/questions?pageSize=100`)).json();
  // A list carries a question's latest claims: its own answer has them all.
  const questions = await Promise.all(
    (answer.questions as ApiQuestion[]).map(async (q) => {
      const own = (await (await request.get(`${BASE}${q.claimsUrl}?pageSize=500`)).json()) as ApiQuestion;
      expect(own.claims, q.label).toHaveLength(q.claimCount);
      return own;
    }),
  );
  const stories = questions.map((q) => new Set(q.claims.map((c) => otherStoryFiles.has(c.file))));
  expect(questions.length).toBeGreaterThan(0);
  for (const [i, q] of questions.entries()) expect(stories[i]!.size, `${q.label} mixes the two stories`).toBeLessThanOrEqual(1);
  expect(stories.some((s) => s.has(true)), "the protest's figures are in some question").toBe(true);
  expect(stories.some((s) => s.has(false)), "the seed story's figures are in some question").toBe(true);
});

/** The union, named as the gazetteer or the article names it ("CGT (Confédération générale du travail)"). */
const UNION = /^CGT\b/;
/** Found in the articles, in the gazetteer under no name: the ministry and the Paris police. */
const FOUND = [/Interior Ministry|ministère de l.Intérieur/i, /préfecture de police/i];


async function expectNewSources(boxes: Locator) {
  await expect(boxes.getByRole("checkbox", { name: UNION }).first()).toBeVisible();
  for (const name of FOUND) await expect(boxes.getByRole("checkbox", { name }).first()).toBeAttached();
}

/** "CGT (Confédération générale du travail) (3)": the name and the count its label gives. */
async function tickUnion(boxes: Locator): Promise<{ name: string; count: number }> {
  const label = boxes.locator("label").filter({ hasText: /^\s*CGT\b/ }).first();
  const [, name, count] = /^(.*) \((\d+)\)$/.exec((await label.innerText()).trim()) ?? [];
  await label.getByRole("checkbox").check();
  return { name: name ?? "", count: Number(count) };
}

async function sourceCells(page: Page) {
  return page.getByRole("table", { name: "Claims matching the filters" }).locator("tbody tr td:first-child").allInnerTexts();
}

for (const [width, device] of [[1280, "desktop"], [390, "phone"]] as const) {
  test.describe(`the protest's sources in the filters (${device})`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the claims page lists the union, the ministry and the police, and ticking the union shows its claims alone", async ({ page }) => {
      await page.goto(`${BASE}/claims`);
      const boxes = page.getByRole("group", { name: "Source agency" });
      await openPhoneFilters(page, boxes);
      await expectNewSources(boxes);
      const { name, count } = await tickUnion(boxes);
      await expect(page).toHaveURL(/[?&]source=cgt(?:&|$)/);
      await expect.poll(async () => (await sourceCells(page)).length).toBe(count);
      const cells = await sourceCells(page);
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect(cell.trim()).toBe(name);
      await expect(boxes.getByRole("checkbox", { name: UNION }).first()).toBeChecked();
    });

    test("the overview lists the new sources, and ticking the union keeps the protest's questions only", async ({ page }) => {
      await page.goto(BASE);
      const boxes = page.getByRole("group", { name: "Questions where this source gives a figure" });
      await openPhoneFilters(page, boxes);
      await expectNewSources(boxes);
      await tickUnion(boxes);
      await expect(page).toHaveURL(/[?&]source=cgt(?:&|$)/);
      await expect(page.locator("#overview-summary")).toContainText("CGT");
      const headings = page.getByRole("article").getByRole("heading");
      await expect(headings.first()).toBeVisible();
      for (const heading of await headings.allInnerTexts()) expect(heading).not.toMatch(/North Korean|shells|Russia/i);
    });

    test("the sources page lists the new sources in its filter and filters to the union", async ({ page }) => {
      await page.goto(`${BASE}/sources`);
      const boxes = page.getByRole("group", { name: "Sources" });
      await openPhoneFilters(page, boxes);
      await expectNewSources(boxes);
      await boxes.getByRole("checkbox", { name: UNION }).first().check();
      await page.getByRole("form", { name: "Filter the sources" }).getByRole("button", { name: /apply|filter|show/i }).click();
      await expect(page).toHaveURL(/[?&]source=cgt(?:&|$)/);
      await expect(page.getByTestId("comparison-filters")).toContainText("CGT");
    });

    test("a named minister's figure reads with the minister, and the union's denial names and links the figure it disputes", async ({ page }) => {
      const answer = await (await page.request.get(`${BASE}/api/claims?q=Delorme&pageSize=20`)).json();
      const figure = (answer.claims as { id: number; source: { person?: string } | null; stance: string }[]).find((c) => c.stance === "asserts" && c.source?.person === "Marc Delorme");
      expect(figure, "the minister's figure, with the minister kept on it").toBeTruthy();
      await page.goto(`${BASE}/claims/${figure!.id}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(/^Marc Delorme \((ministère de l.Intérieur|French Interior Ministry)\): 150,000/);
      const disputedBy = page.locator("[data-disputed-by]");
      await expect(disputedBy).toContainText("Disputed by");
      await disputedBy.getByRole("link", { name: UNION }).click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText(UNION);
      const disputes = page.locator("[data-disputes]");
      await expect(disputes).toContainText("Selon le ministre de l'Intérieur Marc Delorme, 150 000 personnes");
      await disputes.getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`/claims/${figure!.id}$`));
      // The reader: the denial's card names the disputed figure, and a click shows that figure's card.
      await page.getByRole("link", { name: "Read it in the article" }).click();
      const card = page.getByRole("complementary", { name: "Selected claim" });
      await expect(card).toContainText("Marc Delorme (");
      await page.locator("mark", { hasText: "La CGT conteste ce chiffre" }).first().click();
      await expect(card.locator("[data-disputes]")).toContainText("150 000 personnes");
      await card.locator("[data-disputes]").getByRole("button").click();
      await expect(card).toContainText("Marc Delorme (");
      await expect(card.locator("[data-disputes]")).toHaveCount(0);
    });
  });
}
