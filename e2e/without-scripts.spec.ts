import { expect, test, type Page } from "@playwright/test";

// A reader with scripts off gets the page's content, not the placeholder shown while it streams.
test.describe("with scripts turned off", () => {
  test.use({ javaScriptEnabled: false });

  const pages = [
    { path: "/", heading: "Overview", content: (page: Page) => page.locator('a[href^="/questions/"]').first() },
    { path: "/claims", heading: "Claims", content: (page: Page) => page.getByRole("table").first() },
    { path: "/sources", heading: "Sources", content: (page: Page) => page.getByRole("table").first() },
  ];

  for (const { path, heading, content } of pages) {
    test(`${path} shows its content and no loading placeholder`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(content(page)).toBeVisible();
      const placeholder = page.getByRole("status").filter({ hasText: /Loading/ }).or(page.getByRole("status", { name: /^Loading/ }));
      await expect(placeholder).toHaveCount(0);
    });
  }

  test("a question's charts say they need JavaScript, beside tables that give their figures", async ({ page }) => {
    await page.goto("/");
    await page.locator('a[href^="/questions/"]').first().click();
    // Playwright's text queries skip <noscript>, whose content this browser shows: found by its element.
    await expect(page.locator("noscript p").first()).toBeVisible();
    await expect(page.locator("noscript p").first()).toHaveText("The chart needs JavaScript; the table gives its figures.");
    await expect(page.getByRole("table").first()).toBeVisible();
    await expect(page.getByRole("status", { name: "Loading the chart" })).toHaveCount(0);
  });

  test.describe("at phone width", () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("the overview's questions show inside the screen's width", async ({ page }) => {
      await page.goto("/");
      const firstQuestion = page.locator('a[href^="/questions/"]').first();
      await expect(firstQuestion).toBeVisible();
      const box = await firstQuestion.boundingBox();
      expect(box!.x, "the question's title starts on screen").toBeGreaterThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), "nothing scrolls sideways").toBeLessThanOrEqual(390);
    });
  });
});
