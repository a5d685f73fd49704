import { expect, test } from "@playwright/test";

test.describe("every page", () => {
  test("is titled '… · Triangulate' and carries the favicon", async ({ page, request }) => {
    for (const [path, title] of [["/", "Overview"], ["/claims", "Claims"], ["/articles", "Articles"], ["/sources", "Sources"]] as const) {
      await page.goto(path);
      await expect(page, path).toHaveTitle(`${title} · Triangulate`);
      const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
      expect(icon, `${path} links a favicon`).toMatch(/^\/icon\.svg/);
    }
    const response = await request.get("/icon.svg");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
  });

  test("names categories in words, not raw values", async ({ page }) => {
    await page.goto("/");
    const category = page.getByRole("combobox", { name: "Category" });
    await expect(category.getByRole("option", { name: "Troops deployed" })).toHaveCount(1);
    await expect(category.getByRole("option", { name: "Materiel" })).toHaveCount(1);
    await expect(category.getByRole("option", { name: "deployed", exact: true })).toHaveCount(0);
    await expect(page.getByText(/^Troops deployed · \d+ sources?/).first()).toBeVisible();
  });
});
