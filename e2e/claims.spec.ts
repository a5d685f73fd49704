import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers/axe";

const table = (page: Page) => page.getByRole("table", { name: "Claims matching the filters" });
const bodyRows = (page: Page) => table(page).locator("tbody tr");

/** The table streams in after the page's shell: count its rows once it is there. */
async function countRows(page: Page) {
  await expect(bodyRows(page).first()).toBeVisible();
  return bodyRows(page).count();
}

test.describe("claims explorer", () => {
  test("filters by source agency through the URL, and a reload keeps the view", async ({ page }) => {
    await page.goto("/claims");
    const allCount = await countRows(page);
    expect(allCount).toBeGreaterThan(3);

    await page.getByRole("checkbox", { name: /GUR/ }).check();
    await expect(page).toHaveURL(/[?&]source=gur\b/);
    await expect(page.getByText(/^\d+ claims? from [^,]*GUR/)).toBeVisible();
    const gurCount = await countRows(page);
    expect(gurCount).toBeGreaterThan(0);
    expect(gurCount).toBeLessThan(allCount);
    for (const cell of await bodyRows(page).locator("td:first-child").allInnerTexts()) expect(cell).toMatch(/GUR/);

    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(bodyRows(page)).toHaveCount(gurCount);
    await expect(page.getByRole("checkbox", { name: /GUR/ })).toBeChecked();

    await page.goBack();
    await expect(page).not.toHaveURL(/source=gur/);
    await expect(bodyRows(page)).toHaveCount(allCount);
  });

  test("the agency filter shows every agency whole, the ticked ones included, with no scroll box", async ({ page }) => {
    await page.goto("/claims");
    const group = page.getByRole("group", { name: "Source agency" });
    const boxes = group.getByRole("checkbox");
    await expect(boxes.first()).toBeVisible(); // count() does not wait for the form
    expect(await boxes.count()).toBeGreaterThan(5);
    await boxes.last().check();
    await expect(page).toHaveURL(/[?&]source=/);
    await page.reload();
    await expect(boxes.last()).toBeChecked();
    for (const label of await group.locator("label").all()) {
      await expect(label).toBeInViewport({ ratio: 1 });
      expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
  });

  test("the CSV export of a filtered view has exactly the rows on screen", async ({ page }) => {
    await page.goto("/claims?source=gur");
    await countRows(page);
    const quotes = await bodyRows(page).locator("td:last-child").allInnerTexts();
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "CSV" }).click();
    const download = await downloadPromise;
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r\n(?=\d)/);
    expect(lines[0]).toMatch(/^id,/);
    expect(lines).toHaveLength(quotes.length + 1);
    for (const quote of quotes) expect(csv).toContain(quote.replace(/^“|”$/g, "").slice(0, 40));
  });

  test("says so when nothing matches, and offers to clear the filters", async ({ page }) => {
    await page.goto("/claims?q=zzzz-no-such-text");
    await expect(page.getByText("0 claims matching “zzzz-no-such-text”, newest first")).toBeVisible();
    await expect(page.getByText("No claims match these filters.")).toBeVisible();
    await page.getByRole("link", { name: "clear all filters", exact: true }).click();
    await expect(page).toHaveURL(/\/claims$/);
  });

  test("a bad parameter falls back to the default and says so", async ({ page }) => {
    await page.goto("/claims?sort=badcolumn&page=abc");
    await expect(page.getByText(/Ignored the parameter sort/)).toBeVisible();
    await expect(page.getByText(/Ignored the parameter page/)).toBeVisible();
    await expect(page.getByText(/claims?, newest first$/)).toBeVisible();
  });

  test("an unknown agency id is named in the notice, and a wrongly cased one still filters", async ({ page }) => {
    await page.goto("/claims?source=zzz");
    await expect(page.getByText(/Ignored the parameter source.*no agency has the id zzz/)).toBeVisible();
    await expect(page.getByText(/claims?, newest first$/)).toBeVisible();
    await page.goto("/claims?source=GUR");
    await expect(page.getByText(/Ignored the parameter/)).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: /GUR/ })).toBeChecked();
    await expect(page.locator("tbody tr").first()).toContainText("GUR");
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await page.goto("/claims");
    await expectNoSeriousA11yViolations(page);
  });
});
