// A question with more relations than a page lists: a generated corpus of 30
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
    ["gen:corpus", "--", "--articles", "30", "--out", CORPUS],
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
