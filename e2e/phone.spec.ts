import { expect, test, type Page } from "@playwright/test";
import { openPhoneFilters, phoneFiltersToggle } from "./helpers/filters";

const WIDTH = 390;
test.use({ viewport: { width: WIDTH, height: 844 }, isMobile: true, hasTouch: true });

const LABEL = "North Korean troops in Russia";

/** Every table on screen, with its width: none may be wider than the phone (no sideways scroll box). */
async function tableWidths(page: Page) {
  return page.locator("main table").evaluateAll((tables) =>
    tables.filter((t) => t.getClientRects().length > 0).map((t) => ({ caption: t.querySelector("caption")?.textContent ?? "", width: Math.round(t.getBoundingClientRect().width) })),
  );
}

async function expectNothingWiderThanThePhone(page: Page) {
  const wide = (await tableWidths(page)).filter((t) => t.width > WIDTH);
  expect(wide, JSON.stringify(wide)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
}

/** Fully on screen horizontally, and not clipped by a scroll box around it. */
async function expectWhollyOnScreen(page: Page, locator: ReturnType<Page["locator"]>) {
  // Centred, so a row whose height falls on a fraction of a pixel is not cut by the screen's bottom edge.
  await locator.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await expect(locator).toBeInViewport({ ratio: 0.99 });
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
}

test.describe("on a phone (390 px)", () => {
  test("the claims explorer's rows fit the screen, figure and source visible", async ({ page }) => {
    await page.goto("/claims");
    const rows = page.getByRole("table", { name: "Claims matching the filters" }).locator("tbody tr");
    await expect(rows.first()).toBeAttached();
    await rows.first().scrollIntoViewIfNeeded();
    await expectNothingWiderThanThePhone(page);
    await expectWhollyOnScreen(page, rows.first().locator("td").nth(1));
    await expect(rows.first().locator("td").nth(1)).toContainText(/\d|denies/);
  });

  test("a question page's tables fit the screen", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: LABEL, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: LABEL })).toBeVisible();
    const claims = page.getByRole("table", { name: `Claims compared: ${LABEL}` });
    await claims.scrollIntoViewIfNeeded();
    await expectNothingWiderThanThePhone(page);
    const figure = claims.getByRole("row").filter({ hasText: /GUR/ }).filter({ hasText: "11,000" }).first();
    await figure.scrollIntoViewIfNeeded();
    await expectWhollyOnScreen(page, figure);
  });

  for (const { path, heading } of [
    { path: "/sources", heading: "Sources" },
    { path: "/api-docs", heading: "API" },
    { path: "/articles", heading: "Articles" },
  ]) {
    test(`${path} fits the screen, with no sideways scroll of the page`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.locator("main table").first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    });
  }

  test("the overview shows a first result on the first screen, and its sources table fits its card", async ({ page }) => {
    await page.goto("/");
    const firstCard = page.getByRole("article").first();
    await expect(firstCard).toBeVisible();
    const form = page.getByRole("search", { name: "Filter questions" });
    const formBox = (await form.boundingBox())!;
    expect(formBox.height, "the filter form's height before the first result").toBeLessThan(200);
    expect((await firstCard.boundingBox())!.y).toBeLessThan(844);

    await expectNothingWiderThanThePhone(page);
    for (const card of (await page.getByRole("article").all()).slice(0, 3)) {
      const overflow = await card.evaluate((el) => ({ card: el.getBoundingClientRect().right, table: Math.max(0, ...[...el.querySelectorAll("table")].map((t) => t.getBoundingClientRect().right)) }));
      expect(overflow.table, "the sources table ends inside its card").toBeLessThanOrEqual(overflow.card);
    }

    const gur = page.getByRole("checkbox", { name: /GUR/ });
    await openPhoneFilters(page, gur);
    await gur.check();
    await expect(page).toHaveURL(/[?&]source=gur\b/);
    await expect(phoneFiltersToggle(page)).toHaveText(/^Filters \(1 active\)/);
  });

  test.describe("before the page's scripts run", () => {
    test.use({ javaScriptEnabled: false });

    test("one tap on Filters opens the overview's filters, and a second closes them", async ({ page }) => {
      await page.goto("/");
      const gur = page.getByRole("checkbox", { name: /GUR/ });
      await expect(gur).toBeHidden();
      await phoneFiltersToggle(page).tap();
      await expect(gur).toBeVisible();
      await phoneFiltersToggle(page).tap();
      await expect(gur).toBeHidden();
    });
  });

  test("in the article reader, the tapped claim's card shows on screen", async ({ page }) => {
    await page.goto("/articles");
    await page.getByRole("link").filter({ hasText: /./ }).and(page.locator('a[href^="/articles/"]')).first().click();
    const mark = page.locator("mark[data-claim]").first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const card = page.getByRole("complementary", { name: "Selected claim" });
    await expect(card.getByRole("heading", { level: 2 })).toBeVisible();
    await expect(card.getByRole("heading", { level: 2 })).toBeInViewport();
    await expect(card.getByText("Source", { exact: true })).toBeInViewport();

    await card.getByRole("button", { name: "Close" }).click();
    await expect(card.getByRole("heading", { level: 2 })).toHaveCount(0);
    await expect(page).not.toHaveURL(/claim=/);
  });
});
