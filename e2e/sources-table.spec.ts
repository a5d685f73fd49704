// The sources page over a corpus that credits more sources than its table
// draws: 200 generated articles, loaded on a server of their own, give some
// sixty sources on the questions shown, so the cut at the most-quoted really happens.
import { expect, test, type Page } from "@playwright/test";
import { startOwnServer, type OwnServer } from "./helpers/own-server";

const CORPUS = "data/e2e-sources-table-corpus";
const ROWS_SHOWN = 48;

let server: OwnServer;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  server = await startOwnServer("sources-table", 330, [
    ["gen:corpus", "--", "--articles", "200", "--out", CORPUS],
    ["ingest", "--", "--manifest", `${CORPUS}/manifest.json`, CORPUS],
  ]);
});

test.afterAll(() => server?.stop());

const capNote = /^The (\d+) most-quoted of (\d+) sources are shown in the table; the export has them all\./;

async function crossTable(page: Page) {
  const section = page.getByRole("region", { name: "Sources and questions side by side" });
  return { section, rows: section.getByRole("table", { name: "Sources compared across questions" }).locator("tbody tr") };
}

async function followShowAll(page: Page) {
  const { section, rows } = await crossTable(page);
  const note = section.getByText(capNote);
  await expect(note).toBeVisible();
  const [, shown, total] = capNote.exec((await note.textContent())!)!.map(Number);
  expect(shown).toBe(ROWS_SHOWN);
  expect(total, "the corpus credits more sources than the table draws").toBeGreaterThan(ROWS_SHOWN);
  await expect(rows).toHaveCount(ROWS_SHOWN);
  await expect(page.getByTestId("comparison-filters")).toContainText(`${total} source(s) on`);
  const firstRows = await rows.locator("th").allTextContents();

  const link = section.getByRole("link", { name: `Show all ${total} sources in the table` });
  await link.scrollIntoViewIfNeeded();
  await expect(link, "the link is on screen, not cut by the table's sideways scroll").toBeInViewport({ ratio: 1 });
  await link.click();
  await expect(page).toHaveURL(/\/sources\?rows=all#cross-table$/);
  await expect(rows).toHaveCount(total!);
  await expect(section.getByText(/most-quoted of/)).toHaveCount(0);
  const allRows = await rows.locator("th").allTextContents();
  expect(allRows.filter((name) => firstRows.includes(name)), "the rows drawn first are among all the rows, in the same order").toEqual(firstRows);
  // The cards keep their own cut.
  await expect(page.getByRole("region", { name: "By source" }).getByText(/^The 24 most-quoted of \d+ sources are shown\./)).toBeVisible();
}

test("the sources table draws the most-quoted sources, says how many of how many, and shows them all after one click", async ({ page }) => {
  await page.goto(`${server.base}/sources`);
  await followShowAll(page);
});

test("on a phone, the note and its link show below the table and lead to every row", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.base}/sources`);
  await followShowAll(page);
});
