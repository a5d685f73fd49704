// What the analyst reads is right: figures as their sources put them, one
// verdict on every page and in the API, and the seed story whole. Each test
// runs at desktop width and on a 390 px phone, on the live page.
import { expect, test, type Page } from "@playwright/test";

const RUSSIA = "North Korean troops in Russia";

async function openQuestion(page: Page, label: string) {
  await page.goto("/");
  await page.getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
  return decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
}

for (const [width, name] of [[1280, "desktop"], [390, "phone"]] as const) {
  test.describe(`figures and verdicts (${name})`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the overview says each figure as its source put it, and 'single source' where there is one", async ({ page }) => {
      await page.goto("/");
      const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: RUSSIA, exact: true }) });
      const summary = card.locator("figcaption");
      await expect(summary).toContainText("Ukraine's Defence Intelligence (GUR) says about 11,000");
      await expect(summary).toContainText("says several thousand (2,000–9,999)");
      // Sources are never listed in brackets after a range, where they would read as its two ends.
      await expect(summary).not.toContainText(" to 11,000 (");
      await expect(card).not.toContainText("4,500");
      const deserters = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "North Korean deserters", exact: true }) });
      await expect(deserters.getByText("single source")).toBeVisible();
      await expect(deserters).not.toContainText("contested: none");
      const shells = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Shells", exact: true }) });
      await expect(shells).toContainText("millions (1,000,000 or more)");
      await expect(shells).not.toContainText(/\b1,000,000\b(?! or more)/);
    });

    test("the consensus sits near the top, rounded to its figures, and says how the denials were treated", async ({ page }) => {
      await openQuestion(page, RUSSIA);
      const consensus = page.getByRole("region", { name: "Consensus range" });
      const bySource = page.getByRole("region", { name: "Figures side by side" });
      const [top, chart] = [await consensus.boundingBox(), await bySource.boundingBox()];
      expect(top!.y).toBeLessThan(chart!.y);
      await expect(consensus).toContainText("10,000 to 11,000 soldiers");
      await expect(consensus).not.toContainText("9,350");
      await expect(consensus).not.toContainText("11,499");
      const facts = await page.locator("header p").first().textContent();
      const headerSources = Number(/(\d+) sources/.exec(facts ?? "")![1]);
      await expect(consensus).toContainText(`${headerSources} independent sources`);
      await expect(consensus).toContainText("North Korean government (Pyongyang) denies it and is left out of the range");
    });

    test("several thousand and 11,000 do not agree on the question page, and sit below the consensus on /sources", async ({ page }) => {
      const id = await openQuestion(page, RUSSIA);
      const relations = page.getByRole("region", { name: "How the figures relate" });
      await expect(relations.getByText(/ISW\)’?'?s? several thousand \(2,000–9,999\) (and|contradict).*11,000|11,000 and Institute for the Study of War \(ISW\)'s several thousand/).first()).toBeVisible();
      await expect(relations).not.toContainText("under 1% apart");
      await expect(relations).not.toContainText(/several thousand \(2,000–9,999\) agree: they are \d+% apart/);
      const api = await (await page.request.get(`/api/questions/${encodeURIComponent(id)}`)).json();
      const question = api.question ?? api;
      const isw = question.sources.find((s: { sourceId: string }) => s.sourceId === "isw");
      expect(isw.standing).toBe("below");
      await page.goto("/sources");
      const row = page.getByRole("row").filter({ hasText: /^Institute for the Study of War/ }).first();
      await expect(row).toContainText("several thousand (2,000–9,999)");
      await expect(row).toContainText("below the consensus");
      await expect(row).not.toContainText("within the consensus");
    });

    test("the Pentagon's 10,000 in the Kursk region sits beside the figures for Russia, as a part with its place", async ({ page }) => {
      await openQuestion(page, RUSSIA);
      const figures = page.getByRole("table", { name: `Figures by source: ${RUSSIA}` });
      const pentagon = figures.getByRole("row").filter({ hasText: /Department of Defense.*in the Kursk region, a part/ });
      await expect(pentagon).toContainText("about 10,000");
      await expect(figures.getByRole("row").filter({ hasText: /\(GUR\)/ }).first()).toContainText("11,000");
      await expect(figures.getByRole("row").filter({ hasText: /\(NIS\)/ }).first()).toContainText("about 10,000");
    });

    test("the timeline plots what the API's timeline.points hold, and no 'des milliers' at 1,000", async ({ page }) => {
      const id = await openQuestion(page, RUSSIA);
      const api = await (await page.request.get(`/api/questions/${encodeURIComponent(id)}`)).json();
      const points = (api.question ?? api).timeline.points as unknown[];
      const timeline = page.getByRole("region", { name: "Over time" });
      const rows = timeline.locator("table tbody tr");
      await expect(rows).toHaveCount(points.length);
      await expect(timeline.locator("table")).not.toContainText(/^1,000$|thousands \(1,000 or more\)/);
    });
  });
}
