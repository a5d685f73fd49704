import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers/axe";

const cards = (page: Page) => page.getByRole("article");
const summary = (page: Page) => page.getByText(/questions?(, | where ).*most contested first$/);
/** A row of some question's "figures by source" table: the chart's text alternative. */
const figureRow = (page: Page, source: RegExp, figure: string) =>
  page.getByRole("table", { name: /^Figures by source/ }).getByRole("row").filter({ hasText: source }).filter({ hasText: figure });

test.describe("overview", () => {
  test("shows the seed conflict: who gives 2,600, 3,000, 10,000 and 11,000", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await expect(summary(page)).toBeVisible();
    for (const [source, figure] of [[/GUR/, "2,600"], [/NIS/, "3,000"], [/NIS/, "10,000"], [/GUR/, "11,000"]] as const) {
      await expect(figureRow(page, source, figure).first(), `${figure} from ${source}`).toBeVisible();
    }
    const russia = page.getByRole("article").filter({ has: page.getByRole("link", { name: "North Korean troops in Russia", exact: true }) });
    await expect(russia.getByRole("img", { name: /^North Korean troops in Russia: \d+ sources/ })).toBeVisible();
    await expect(russia.locator(".recharts-surface")).toBeVisible();
    await expect(russia.getByText(/contested: (high|medium|low)/)).toBeVisible();
  });

  test("filters by source agency through the URL, and a reload keeps the view", async ({ page }) => {
    await page.goto("/");
    await expect(summary(page)).toBeVisible();
    const allCount = await cards(page).count();

    await page.getByRole("checkbox", { name: /GUR/ }).check();
    await expect(page).toHaveURL(/[?&]source=gur\b/);
    await expect(summary(page)).toContainText(/where .*GUR.* gives a figure/);
    const gurCount = await cards(page).count();
    expect(gurCount).toBeGreaterThan(0);
    expect(gurCount).toBeLessThan(allCount);
    for (const card of await cards(page).all()) await expect(card.getByRole("row").filter({ hasText: /GUR/ }).first()).toBeVisible();

    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByRole("checkbox", { name: /GUR/ })).toBeChecked();
    await expect(cards(page)).toHaveCount(gurCount);
  });

  test("the live page keeps one filter form through three filter changes and Back", async ({ page }) => {
    await page.goto("/");
    await expect(summary(page)).toBeVisible();
    const forms = page.getByRole("search", { name: "Filter questions" });
    await expect(forms).toHaveCount(1);

    await page.getByRole("checkbox", { name: /GUR/ }).check();
    await expect(page).toHaveURL(/[?&]source=gur\b/);
    await page.getByRole("checkbox", { name: /NIS/ }).check();
    await expect(page).toHaveURL(/[?&]source=nis\b/);
    await page.getByRole("combobox", { name: "Category" }).selectOption("deployed");
    await expect(page).toHaveURL(/[?&]category=deployed\b/);
    await expect(summary(page)).toBeVisible();
    await expect(page.getByText("Updating…")).toHaveCount(0);
    await expect(forms).toHaveCount(1);
    await expect(page.getByRole("checkbox", { name: /GUR/ })).toBeChecked();

    await page.goBack();
    await expect(page).not.toHaveURL(/category=/);
    await expect(page.getByRole("combobox", { name: "Category" })).toHaveValue("");
    await expect(page.getByText("Updating…")).toHaveCount(0);
    await expect(forms).toHaveCount(1);
    await expect(page.getByRole("checkbox", { name: /NIS/ })).toBeChecked();
  });

  test("each card's figures table ends inside its card", async ({ page }) => {
    await page.goto("/");
    await expect(cards(page).first()).toBeVisible();
    for (const card of (await cards(page).all()).slice(0, 4)) {
      const edges = await card.evaluate((el) => ({ card: el.getBoundingClientRect().right, tables: [...el.querySelectorAll("table")].map((t) => t.getBoundingClientRect().right) }));
      for (const right of edges.tables) expect(right).toBeLessThanOrEqual(edges.card);
    }
  });

  test("a bad parameter falls back to the default and says so", async ({ page }) => {
    await page.goto("/?category=weather&page=abc");
    await expect(page.getByText(/Ignored the parameter category/)).toBeVisible();
    await expect(page.getByText(/Ignored the parameter page/)).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Category" })).toHaveValue("");
    await expect(cards(page).first()).toBeVisible();
  });

  test("says so when no question matches, and offers to clear the filters", async ({ page }) => {
    await page.goto("/?source=no-such-agency");
    await expect(page.getByText("No question matches these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(cards(page).first()).toBeVisible();
  });

  test("has no serious or critical accessibility violation", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
