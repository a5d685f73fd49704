// Slicing the claims as an analyst does: counts beside each option, a click on
// a column header to sort, and a claim's own page to cite.
import { expect, test, type Page } from "@playwright/test";

const table = (page: Page) => page.getByRole("table", { name: "Claims matching the filters" });
const summary = (page: Page) => page.locator("#claims-summary");

test.describe("finding claims", () => {
  test("a facet count equals the number of claims that filter gives", async ({ page }) => {
    await page.goto("/claims");
    const box = page.getByRole("checkbox", { name: /GUR/ });
    const label = await page.locator("label", { has: box }).innerText();
    const count = Number(label.match(/\((\d+)\)/)?.[1]);
    expect(count).toBeGreaterThan(0);
    await box.check();
    await expect(summary(page)).toHaveText(new RegExp(`^${count} claims? from`));

    // A select's counts follow the other filters: the outlet's count under source=gur is what both give.
    const outlet = page.getByRole("combobox", { name: "Outlet", exact: true });
    const option = outlet.locator("option").filter({ hasText: /\((?!0\))\d+\)$/ }).first();
    const [name, optionCount] = (await option.innerText()).match(/^(.*) \((\d+)\)$/)!.slice(1);
    await outlet.selectOption({ label: `${name} (${optionCount})` });
    await expect(page).toHaveURL(/outlet=/);
    await expect(summary(page)).toHaveText(new RegExp(`^${optionCount} claims? from .*published by`));
    await expect(table(page).locator("tbody tr")).toHaveCount(Math.min(Number(optionCount), 25));
  });

  test("a column header sorts the table and says how with aria-sort", async ({ page }) => {
    await page.goto("/claims");
    const figure = table(page).getByRole("columnheader", { name: /Figure/ });
    const date = table(page).getByRole("columnheader", { name: /As of/ });
    await expect(date).toHaveAttribute("aria-sort", "descending");
    await expect(figure).not.toHaveAttribute("aria-sort");
    const before = await table(page).locator("tbody tr").allInnerTexts();

    await figure.getByRole("link").click();
    await expect(page).toHaveURL(/sort=-value/);
    await expect(figure).toHaveAttribute("aria-sort", "descending");
    await expect(date).not.toHaveAttribute("aria-sort");
    const after = await table(page).locator("tbody tr").allInnerTexts();
    expect(after).not.toEqual(before);
    const values = async () => {
      const ids = await table(page).locator("tbody tr td:nth-child(2) a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!.split("/").pop()));
      const res = await page.request.get(`/api/claims?sort=-value&pageSize=${ids.length}`);
      return { ids, api: ((await res.json()) as { claims: { id: number }[] }).claims.map((c) => String(c.id)) };
    };
    const shown = await values();
    expect(shown.ids).toEqual(shown.api);

    await figure.getByRole("link").click();
    await expect(page).toHaveURL(/sort=value/);
    await expect(figure).toHaveAttribute("aria-sort", "ascending");
  });

  test("a claim's link opens the claim, and its citation copies", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/claims?source=gur");
    const first = table(page).locator("tbody tr").first().locator("td").nth(1).getByRole("link");
    const figure = await first.innerText();
    await first.click();
    await expect(page).toHaveURL(/\/claims\/\d+$/);
    const id = page.url().split("/").pop();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(figure);
    const citation = page.getByRole("region", { name: "Citation" });
    await expect(citation).toContainText("GUR");
    await citation.getByRole("button", { name: "Copy citation" }).click();
    await expect(citation.getByRole("status")).toHaveText("Citation copied.");
    const pasted = await page.evaluate(() => navigator.clipboard.readText());
    // What is copied is what the page shows, a labelled line each.
    const shown = await citation.locator("[data-citation] > div").evaluateAll((rows) => rows.map((row) => `${row.children[0]!.textContent}: ${row.children[1]!.textContent}`));
    expect(pasted.split("\n")).toEqual(shown);
    expect(pasted).toMatch(/^Who: .*GUR/);
    expect(pasted).toMatch(/\nFigure: .+\(.+\)\n/);
    expect(pasted).toContain(`/claims/${id}`);

    const api = (await (await page.request.get(`/api/claims/${id}`)).json()) as { claim: { id: number; quote: string }; citation: string };
    expect(api.claim.id).toBe(Number(id));
    expect(pasted).toContain(`\nQuote: “${api.claim.quote}”\n`);
    expect(api.citation.split("\n").slice(0, -1)).toEqual(pasted.split("\n").slice(0, -1));
    const missing = await page.goto("/claims/999999");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such claim" })).toBeVisible();
  });
});
