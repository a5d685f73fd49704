import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers/axe";

test.describe("articles", () => {
  test("lists the five seed articles with publisher, date and claim counts", async ({ page }) => {
    await page.goto("/articles");
    await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(6); // header + five articles
    await expect(page.getByText("5 articles loaded")).toBeVisible();
    const newsDay = rows.filter({ hasText: "News Day FR" });
    await expect(newsDay).toContainText("23 October 2024");
    await expect(newsDay).toContainText("(inferred)");
    await expect(rows.filter({ hasText: "Avion-Chasse.fr" })).toContainText("Près de 11 000 soldats nord-coréens");
  });

  test("an undated article shows its date note's bounds, not 'unknown'", async ({ page }) => {
    await page.goto("/articles");
    const avion = page.getByRole("table").getByRole("row").filter({ hasText: "Avion-Chasse.fr" });
    await expect(avion).toContainText("Not dated");
    await expect(avion.getByText(/falls between June and 1 November 2024/)).toBeVisible();
    const published = await page.getByRole("table").locator("tbody td:nth-child(3)").allInnerTexts();
    expect(published.filter((text) => /unknown/i.test(text))).toEqual([]);
  });

  test("pages through the list with shareable URLs, and says when a page is past the last one", async ({ page }) => {
    await page.goto("/articles?pageSize=2");
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(3); // header + two articles
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages).toContainText("Showing 1–2 of 5 · page 1 of 3");
    const firstPageTitles = await rows.allInnerTexts();
    await pages.getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/\/articles\?page=2&pageSize=2$/);
    await expect(pages).toContainText("Showing 3–4 of 5 · page 2 of 3");
    await expect(rows).toHaveCount(3);
    expect(await rows.allInnerTexts()).not.toEqual(firstPageTitles);

    await page.goto("/articles?page=9");
    await expect(page.getByText("This page is past the last one.")).toBeVisible();
    await page.getByRole("link", { name: "Go to the first page" }).click();
    await expect(page).toHaveURL(/\/articles$/);
    await expect(rows).toHaveCount(6);

    await page.goto("/articles?page=first");
    await expect(page.getByRole("status")).toContainText("Ignored the parameter page (expected a whole number from 1)");
    await expect(rows).toHaveCount(6);
  });

  test("opens an article and shows its text", async ({ page }) => {
    await page.goto("/articles");
    await page.getByRole("link", { name: /Près de 11 000 soldats/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Près de 11 000 soldats nord-coréens/);
    await expect(page.locator("article")).toContainText("Le premier contingent de 2 600 soldats sera déployé");
  });

  test("an unknown article gives a friendly not-found page", async ({ page }) => {
    const response = await page.goto("/articles/999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});

test.describe("article view", () => {
  test("highlights the claims, and choosing one shows it and links to its question", async ({ page }) => {
    await page.goto("/articles");
    await page.getByRole("link", { name: /Près de 11 000 soldats/ }).click();
    const highlights = page.locator("article mark");
    await expect(highlights.first()).toBeVisible();
    expect(await highlights.count()).toBeGreaterThan(1);
    const contingent = highlights.filter({ hasText: "2 600" }).first();
    await contingent.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?claim=\d+/);
    const panel = page.getByRole("complementary", { name: "Selected claim" });
    await expect(panel.getByRole("heading")).toHaveText(/2,600/);
    await panel.getByRole("link", { name: /Compare with other figures/ }).click();
    await expect(page).toHaveURL(/\/questions\//);
  });

  test("the article list and an article have no serious accessibility violations", async ({ page }) => {
    await page.goto("/articles");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: /Près de 11 000 soldats/ }).click();
    await expect(page.locator("article mark").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test("the sources page shows each agency and where it stands", async ({ page }) => {
  await page.goto("/sources");
  const gur = page.getByRole("region", { name: /GUR/ });
  await expect(gur).toBeVisible();
  await expect(gur.getByRole("table")).toContainText(/11,000/);
  await expectNoSeriousA11yViolations(page);
});
