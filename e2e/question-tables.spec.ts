// A question with more sources and dated figures than its page's tables list:
// a generated corpus of 120 articles (57 sources on its main question), on a
// server of its own. Each table lists its first rows and says so; one link
// lists them all, on the desktop and at phone width, by keyboard too.
import { expect, test, type Page } from "@playwright/test";
import { startOwnServer, type OwnServer } from "./helpers/own-server";

const CORPUS = "data/e2e-question-tables-corpus";
const QUESTION = "deployed-soldiers-north-korean";
const SHOWN = 20;

let server: OwnServer;

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  // Generating and loading 120 articles takes more than a test's default minute on a busy machine.
  test.setTimeout(300_000);
  server = await startOwnServer("question-tables", 5, [
    ["gen:corpus", "--", "--articles", "120", "--out", CORPUS],
    ["ingest", "--", "--manifest", `${CORPUS}/manifest.json`, CORPUS],
  ]);
});

test.afterAll(() => server?.stop());

const section = (page: Page, heading: string) => page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: heading, exact: true }) }).first();

async function totalIn(note: ReturnType<Page["locator"]>) {
  const text = (await note.textContent())!;
  const [, shown, total] = text.match(/^(\d+) of (\d+)/)!;
  return { shown: Number(shown), total: Number(total) };
}

for (const width of [1280, 390]) {
  test(`each table lists its first ${SHOWN} rows and says how many there are, and one link lists them all (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${server.base}/questions/${QUESTION}`);

    const whoSays = section(page, "Who says what");
    const whoNote = whoSays.getByTestId("more-rows");
    await expect(whoNote).toBeVisible();
    const sources = await totalIn(whoNote);
    expect(sources.shown).toBe(SHOWN);
    expect(sources.total).toBeGreaterThan(SHOWN);
    // The desktop table and the phone cards carry the same rows; one of them shows at each width.
    const rows = width >= 640 ? whoSays.locator("table tbody tr") : whoSays.getByRole("list", { name: /^Sources compared/ }).locator(":scope > li");
    await expect(rows).toHaveCount(SHOWN);

    const bySource = section(page, "Figures side by side");
    await expect(bySource.getByTestId("more-rows")).toContainText(`${SHOWN} of `);
    await expect(bySource.getByRole("table", { name: /^Figures by source/ }).locator("tbody tr")).toHaveCount(SHOWN);

    const timeline = section(page, "Over time");
    await timeline.getByText("Timeline as a table").click();
    await expect(timeline.getByTestId("more-rows")).toContainText(`${SHOWN} of `);
    await expect(timeline.getByRole("table", { name: /^Dated figures/ }).locator("tbody tr")).toHaveCount(SHOWN);

    // By keyboard: the link is reached and followed without a pointer.
    const link = whoNote.getByRole("link", { name: `List all ${sources.total} sources` });
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/questions/${QUESTION}\\?tables=all#who-says-what$`));
    await expect(rows).toHaveCount(sources.total);
    await expect(page.getByTestId("more-rows")).toHaveCount(0);
    await expect(bySource.getByRole("table", { name: /^Figures by source/ }).locator("tbody tr")).not.toHaveCount(SHOWN);
    // Every row asked for: the timeline's table is open with all its rows.
    await expect(timeline.getByRole("table", { name: /^Dated figures/ })).toBeVisible();
    expect(await timeline.getByRole("table", { name: /^Dated figures/ }).locator("tbody tr").count()).toBeGreaterThan(SHOWN);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
