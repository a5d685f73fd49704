// Full-text search as an analyst types it: without accents, in any case, and
// the words it found marked where they are.
import { expect, test } from "@playwright/test";

test.describe("search", () => {
  test("an accent-less search in the explorer finds accented claims and marks the words", async ({ page, request }) => {
    const accented = (await (await request.get("/api/claims?q=coréens&pageSize=500")).json()) as { total: number };
    expect(accented.total).toBeGreaterThan(0);
    await page.goto("/claims");
    await page.getByRole("searchbox", { name: /Search quotes/ }).fill("coreens");
    await expect(page).toHaveURL(/[?&]q=coreens\b/);
    await expect(page.getByText(new RegExp(`^${accented.total} claims? `))).toBeVisible();
    const rows = page.getByRole("table", { name: "Claims matching the filters" }).locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) {
      const marks = await row.locator("mark[data-search-match]").allInnerTexts();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^cor[ée]en/);
    }
    expect(await rows.locator("mark[data-search-match]").allInnerTexts()).toContain("coréens");

    // The article it comes from opens with the same words marked.
    await rows.first().getByRole("link").last().click();
    await expect(page).toHaveURL(/\/articles\/\d+\?claim=\d+&q=coreens/);
    await expect(page.locator("article mark[data-search-match]").first()).toHaveText(/^cor[ée]en/i);
  });

  test("the article list finds \"États-Unis\" from \"Etats\" and the reader marks it", async ({ page }) => {
    await page.goto("/articles");
    await page.getByRole("searchbox", { name: /Search titles/ }).fill("Etats");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/articles\?q=Etats$/);
    await expect(page.getByText(/^\d+ articles? with “Etats”/)).toBeVisible();
    const rows = page.getByRole("table").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThan(5);
    await rows.first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/articles\/\d+\?q=Etats$/);
    await expect(page.locator("article mark[data-search-match]").first()).toHaveText("États");
  });

  test("operators and wildcards in the search are plain text, in the page and the API", async ({ page, request }) => {
    for (const q of ["%", '"', "coreens OR", "NOT*"]) {
      const response = await request.get(`/api/claims?q=${encodeURIComponent(q)}`);
      expect(response.status(), q).toBe(200);
    }
    const all = (await (await request.get("/api/claims")).json()) as { total: number };
    const percent = (await (await request.get("/api/claims?q=%25")).json()) as { total: number };
    expect(percent.total).toBeLessThan(all.total);
    await page.goto("/claims?q=%25");
    await expect(page.getByText(new RegExp(`^${percent.total} claims? `))).toBeVisible();
  });
});
