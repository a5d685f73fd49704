import { expect, test } from "@playwright/test";

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
