import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers/axe";

const LABEL = "North Korean troops in Russia";

async function openQuestion(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: LABEL, exact: true }).click();
  await expect(page).toHaveURL(/\/questions\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: LABEL })).toBeVisible();
  return decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
}

test.describe("question page", () => {
  test("compares the sources' claims in a table, with their relations and the consensus", async ({ page }) => {
    const id = await openQuestion(page);
    const claims = page.getByRole("table", { name: `Claims compared: ${LABEL}` });
    await expect(claims.getByRole("row").filter({ hasText: /GUR/ }).filter({ hasText: "11,000" }).first()).toBeVisible();
    await expect(claims.getByRole("row").filter({ hasText: /NIS/ }).filter({ hasText: "10,000" }).first()).toBeVisible();
    const articleLink = claims.getByRole("link").first();
    await expect(articleLink).toHaveAttribute("href", /^\/articles\/\d+\?claim=\d+$/);

    await expect(page.getByRole("heading", { level: 2, name: "How the figures relate" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /^(Contradictions|Sums|Updates|Parts of a wider count|Agreements|Repeats) \(\d+\)$/ }).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Consensus range" })).toBeVisible();
    await expect(page.getByText(/^Method: /)).toBeVisible();

    await expect(page.getByRole("img", { name: new RegExp(`^${LABEL}: `) })).toBeVisible();
    await expect(page.getByRole("img", { name: new RegExp(`^Timeline of ${LABEL}`) }).or(page.getByText("No figure in this question has a date"))).toBeVisible();
    await expect(page.getByRole("link", { name: "See these claims in the explorer" })).toHaveAttribute("href", `/claims?question=${encodeURIComponent(id)}`);
    await expect(page.getByRole("region", { name: "Claims compared" }).getByRole("link", { name: "CSV" })).toHaveAttribute("href", `/api/export?format=csv&question=${encodeURIComponent(id)}`);
  });

  test("pages through a question's claims with page links in the URL", async ({ page }) => {
    const id = await openQuestion(page);
    // Three a page, so the seed's largest question spans pages.
    await page.goto(`/questions/${encodeURIComponent(id)}?pageSize=3`);
    const claims = page.getByRole("table", { name: `Claims compared: ${LABEL}` });
    const pager = page.getByRole("region", { name: "Claims compared" }).getByRole("navigation", { name: "Pages" });
    await expect(pager.getByText(/^Showing 1–3 of \d+ · page 1 of \d+$/)).toBeVisible();
    await expect(claims.locator("tbody tr")).toHaveCount(3);
    const firstPage = await claims.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));

    await pager.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(new RegExp(`/questions/${id}\\?page=2&pageSize=3#claims$`));
    await expect(pager.getByText(/^Showing 4–6 of \d+ · page 2 of \d+$/)).toBeVisible();
    const secondPage = await claims.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
    await expect(pager.getByRole("link", { name: "← Previous" })).toHaveAttribute("href", `/questions/${id}?pageSize=3#claims`);
  });

  test("is the widest count of North Korean troops: part of no other question, and Russia's own massed force is not among its figures", async ({ page }) => {
    await openQuestion(page);
    await expect(page.getByRole("navigation", { name: "Narrower questions" }).getByRole("link", { name: "North Korean troops in the Kursk region", exact: true })).toBeVisible();
    await expect(page.getByText(/^Part of /)).toHaveCount(0);
    await expect(page.getByRole("table", { name: `Claims compared: ${LABEL}` }).getByText("50,000")).toHaveCount(0);
  });

  test("downloads the chart as a PNG named after the question", async ({ page }) => {
    const id = await openQuestion(page);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download chart (PNG)" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`triangulate-${id}.png`);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  });

  test("an unknown question answers 404 with a friendly not-found page", async ({ page }) => {
    const response = await page.goto("/questions/no-such-question");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such question" })).toBeVisible();
    await expect(page.getByRole("link", { name: "See all questions on the overview" })).toBeVisible();
  });

  test("has no serious or critical accessibility violation", async ({ page }) => {
    await openQuestion(page);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
