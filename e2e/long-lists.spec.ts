// A question with more relations than a page lists: a generated corpus of 40
// articles about one story, loaded on a server of its own, so that a list cut
// at "showing 12 of N" really happens (no seed question has that many).
import { expect, test, type Page } from "@playwright/test";
import { startOwnServer, type OwnServer } from "./helpers/own-server";

const CORPUS = "data/e2e-long-lists-corpus";
const QUESTION = "deployed-soldiers-north-korean-russia";

let server: OwnServer;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  server = await startOwnServer("long-lists", 200, [
    ["gen:corpus", "--", "--articles", "40", "--out", CORPUS],
    ["ingest", "--", "--manifest", `${CORPUS}/manifest.json`, CORPUS],
  ]);
});

test.afterAll(() => server?.stop());

async function relationGroup(page: Page, heading: string) {
  const group = page.getByRole("region", { name: new RegExp(`^${heading} \\(\\d+\\)$`) });
  const total = Number((await group.getByRole("heading", { level: 3 }).textContent())!.replace(/\D/g, ""));
  return { group, total };
}

test("a relation list cut at 'showing 12 of N' shows all N after one click, on the live page", async ({ page }) => {
  await page.goto(`${server.base}/questions/${QUESTION}`);
  const { group, total } = await relationGroup(page, "Updates");
  expect(total, "the generated question has more updates than a page lists, and fewer than are kept").toBeGreaterThan(12);
  expect(total).toBeLessThanOrEqual(100);
  await expect(group.getByText(`showing 12 of ${total}`)).toBeVisible();
  await expect(group.locator("ul > li")).toHaveCount(12);

  await group.getByRole("link", { name: `show all ${total}` }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${QUESTION}\\?relations=all#relations-update$`));
  await expect(group.locator("ul > li")).toHaveCount(total);
  await expect(group.getByText(/showing \d+ of/)).toHaveCount(0);
});

test("a list longer than the kept relations says how many it shows and why, and never offers 'all'", async ({ page }) => {
  await page.goto(`${server.base}/questions/${QUESTION}`);
  const { group, total } = await relationGroup(page, "Contradictions");
  expect(total, "the generated question has more contradictions than are kept").toBeGreaterThan(100);
  await expect(group.getByRole("link", { name: /^show all/ })).toHaveCount(0);
  await group.getByRole("link", { name: `show 100 of ${total}` }).click();
  await expect(group.locator("ul > li")).toHaveCount(100);
  await expect(group.getByText(`showing 100 of ${total}: the first 100 of each kind are kept`)).toBeVisible();
});

test("an overview card of a question quoted by many sources draws the most-quoted twelve and links to them all", async ({ page }) => {
  await page.goto(`${server.base}/`);
  const capped = /^The 12 most-quoted of (\d+) figures by source are drawn/;
  const card = page.getByRole("article").filter({ has: page.getByText(capped) }).first();
  const note = card.getByText(capped);
  await expect(note).toBeVisible();
  const total = Number(/of (\d+) figures/.exec((await note.textContent())!)![1]);
  expect(total).toBeGreaterThan(12);
  await expect(card.getByRole("table", { name: /^Figures by source/ }).locator("tbody tr")).toHaveCount(12);

  await card.getByRole("link", { name: "see them all on the question’s page" }).click();
  // The question's page lists 20 rows a table unless asked for all: the link asks for all of them.
  await expect(page).toHaveURL(/\/questions\/[^?]+\?tables=all#by-source$/);
  const rows = page.getByRole("table", { name: /^Figures by source/ }).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count(), "the question's page draws every source").toBeGreaterThanOrEqual(total);
});

test("the sources page shows the most-quoted source cards and all of them after one click, on the live page", async ({ page }) => {
  await page.goto(`${server.base}/sources`);
  const bySource = page.getByRole("region", { name: "By source" });
  const note = bySource.getByText(/^The 24 most-quoted of (\d+) sources are shown/);
  await expect(note).toBeVisible();
  const total = Number(/of (\d+) sources/.exec((await note.textContent())!)![1]);
  const cards = bySource.getByRole("region").filter({ has: page.getByRole("table", { name: /latest figure per question$/ }) });
  await expect(cards).toHaveCount(24);

  await bySource.getByRole("link", { name: `Show all ${total} sources` }).click();
  await expect(page).toHaveURL(/cards=all#by-source$/);
  await expect(cards).toHaveCount(total);
  await expect(bySource.getByText(/most-quoted of/)).toHaveCount(0);
});
