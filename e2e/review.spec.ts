// Analysts' review in the browser, on the seed articles: each decision shows at
// once on the page where it was made and where its effects are (the chart, the
// consensus, the question), is logged with who and when, and can be undone.
// The specs run in order and put the seeds back as they found them.
import { expect, test } from "@playwright/test";
import { createTestAccount, signIn, type TestAccount } from "./helpers/accounts";
import { parseCsv } from "./helpers/csv";
import { comparison, consensus, figuresTable, openClaimFromQuestion, reviewPanel } from "./helpers/review";

const RUSSIA = "/questions/deployed-soldiers-north-korean-russia";
const KURSK = "/questions/deployed-soldiers-north-korean-kursk-region";
const GUR = "Ukraine's Defence Intelligence (GUR)";

let analyst: TestAccount;
const nameOf = (account: TestAccount) => account.email.split("@")[0]!;

test.describe.serial("review as an analyst", () => {
  test.beforeAll(() => {
    analyst = createTestAccount("analyst");
  });
  test.beforeEach(async ({ page }) => {
    await signIn(page, analyst, "/");
  });
  // Later specs meet the seeds as the machine read them: every decision left standing is undone.
  test.afterAll(async ({ browser }) => {
    const page = await browser.newPage();
    await signIn(page, analyst, "/");
    for (const review of ["corrected", "added", "confirmed", "rejected"]) {
      const { claims } = await (await page.request.get(`/api/claims?review=${review}&pageSize=500`)).json();
      for (const claim of claims as { id: number }[]) while ((await page.request.post(`/api/review/claims/${claim.id}/undo`, { data: {} })).ok());
    }
    await page.close();
  });

  test("correcting a claim's source moves its figure to that source and changes the consensus", async ({ page }) => {
    await page.goto(RUSSIA);
    await expect(figuresTable(page).getByRole("row").filter({ hasText: GUR })).toContainText("11,000");
    const consensusBefore = (await consensus(page).textContent())!;

    await openClaimFromQuestion(page, RUSSIA, GUR, "11 000 soldats nord-coréens s’entraînent");
    const panel = reviewPanel(page);
    await panel.getByRole("button", { name: "Correct…" }).click();
    await panel.getByLabel("Source", { exact: true }).selectOption("nis");
    await panel.getByLabel("Note (optional)").fill("the figure is Seoul's, quoted by Kyiv");
    await panel.getByRole("button", { name: "Save correction" }).click();
    await expect(panel.getByRole("status")).toHaveText("Correction saved.");
    await expect(panel).toContainText("corrected");

    await page.goto(RUSSIA);
    await expect(figuresTable(page).getByRole("row").filter({ hasText: GUR })).not.toContainText("11,000");
    await expect(comparison(page).getByRole("row").filter({ hasText: "11 000 soldats nord-coréens s’entraînent" })).toContainText("South Korea's National Intelligence Service (NIS)");
    await expect(consensus(page)).not.toHaveText(consensusBefore);
  });

  test("a rejected false positive leaves the question, its chart and its consensus", async ({ page }) => {
    await page.goto(RUSSIA);
    await expect(figuresTable(page)).toContainText("Western governments");
    await openClaimFromQuestion(page, RUSSIA, "Western governments", "soupçons des Occidentaux");
    const panel = reviewPanel(page);
    await panel.getByLabel("Reason to reject").selectOption("not_a_figure");
    await panel.getByRole("button", { name: "Reject" }).click();
    await expect(panel.getByRole("status")).toHaveText("Rejected.");
    await expect(panel).toContainText("rejected (not a figure)");
    // The reader strikes the figure through, before any reload.
    await expect(page.locator("mark[data-review=rejected]").first()).toBeVisible();

    await page.goto(RUSSIA);
    await expect(figuresTable(page)).not.toContainText("Western governments");
    await expect(comparison(page)).not.toContainText("soupçons des Occidentaux");
  });

  test("a claim the machine missed is added from words selected in the reader", async ({ page }) => {
    await page.goto("/articles/1");
    const phrase = "18 soldats nord-coréens ont fui les rangs";
    const article = page.locator("article").first();
    // Drag the mouse over the words, as a reader selects them.
    const box = await article.evaluate((el, words) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const rects = range.getClientRects();
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      return null;
    }, phrase);
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x1, box!.y1);
    await page.mouse.down();
    await page.mouse.move(box!.x2, box!.y2, { steps: 8 });
    await page.mouse.up();

    const form = page.getByRole("region", { name: "Add a claim" });
    await expect(form.getByRole("blockquote")).toContainText(phrase);
    await expect(form.getByLabel("Best")).toHaveValue("18");
    await form.getByLabel("Source", { exact: true }).selectOption("__new__");
    await form.getByLabel("Name of the new source").fill("The article's headline");
    await form.getByRole("button", { name: "Add this claim" }).click();

    const card = page.getByRole("complementary", { name: "Selected claim" });
    await expect(card).toContainText("added by an analyst");
    await expect(card).toContainText(phrase);
    await expect(page).toHaveURL(/\/articles\/1\?claim=\d+$/);
    await page.goto("/claims?review=added");
    await expect(page.getByRole("table", { name: "Claims matching the filters" }).getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("table", { name: "Claims matching the filters" })).toContainText("The article's headline");
  });

  test("two questions merged become one, and the merge can be undone", async ({ page }) => {
    await page.goto(KURSK);
    const review = page.getByRole("region", { name: "Review this question" });
    await review.getByLabel("Same question as").selectOption("deployed-soldiers-north-korean-russia");
    await review.getByRole("button", { name: "Merge into it" }).click();
    // The merged question is gone: the page goes to the one it joined, which now has its claims.
    await expect(page).toHaveURL(RUSSIA);
    await expect(comparison(page)).toContainText("environ 10.000 le nombre de soldats nord-coréens présents dans la région de Koursk");
    expect((await page.goto(KURSK))?.status()).toBe(404);

    await page.goto(RUSSIA);
    await page.getByRole("region", { name: "Review this question" }).getByRole("button", { name: "Undo the last decision on this question" }).click();
    await expect(page.getByRole("region", { name: "Review this question" }).getByRole("status")).toHaveText("Last decision on this question undone.");
    expect((await page.goto(KURSK))?.status()).toBe(200);
    await expect(comparison(page)).toContainText("environ 10.000");
  });

  test("the last decision on a claim can be undone, and the claim is back in its question", async ({ page }) => {
    await page.goto("/claims?review=rejected");
    await page.getByRole("table", { name: "Claims matching the filters" }).getByRole("link", { name: /Soldats Nord-Coréens/ }).click();
    const panel = reviewPanel(page);
    await panel.getByRole("button", { name: "Undo last decision" }).click();
    await expect(panel.getByRole("status")).toHaveText("Last decision undone.");
    await expect(panel).toContainText("unreviewed");
    await page.goto(RUSSIA);
    await expect(figuresTable(page)).toContainText("Western governments");
  });

  test("the review queue works from the keyboard", async ({ page }) => {
    await page.goto("/review");
    const count = async () => Number((await page.getByText(/unreviewed claims?, most contested/).innerText()).match(/^\d+/)![0]);
    const before = await count();
    const first = await page.getByRole("article", { name: "Claim to review" }).getByRole("heading", { level: 2 }).innerText();
    await page.keyboard.press("n");
    await expect(page).toHaveURL(/skip=1/);
    await expect(page.getByRole("article", { name: "Claim to review" }).getByRole("heading", { level: 2 })).not.toHaveText(first);
    await page.keyboard.press("p");
    await expect(page.getByRole("article", { name: "Claim to review" }).getByRole("heading", { level: 2 })).toHaveText(first);
    await page.keyboard.press("c");
    await expect(page.getByRole("status").filter({ hasText: "Confirmed." })).toBeVisible();
    await expect(page.getByText(/unreviewed claims?, most contested/)).toContainText(`${before - 1} unreviewed`);
    // Correcting stays in the queue.
    await page.keyboard.press("e");
    await expect(page.getByRole("form", { name: "Save correction" })).toBeVisible();
  });

  test("the log shows each step with who made it and when", async ({ page }) => {
    await page.goto("/log");
    const today = new Date().toISOString().slice(0, 10);
    const rows = page.getByRole("table", { name: "Review log" }).getByRole("row");
    for (const what of ["corrected the claim", "rejected the claim", "added a claim", "merged the question into another", "undid a decision", "confirmed the claim"]) {
      const row = rows.filter({ hasText: what }).first();
      await expect(row).toContainText(nameOf(analyst));
      await expect(row).toContainText(today);
    }
    await expect(rows.filter({ hasText: "corrected the claim" }).first()).toContainText(`source: ${GUR} → South Korea's National Intelligence Service (NIS)`);
    await page.getByLabel("What").selectOption("reject");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/action=reject/);
    await expect(rows).toHaveCount(2);
  });

  test("exports carry the review status and the machine's own figure and source", async ({ request, page }) => {
    const csv = await (await page.request.get("/api/export?format=csv&review=corrected")).text();
    const [header, row] = parseCsv(csv);
    const at = (name: string) => header!.indexOf(name);
    expect(at("review_status")).toBeGreaterThan(0);
    const values = row!;
    expect(values[at("review_status")]).toBe("corrected");
    expect(values[at("source_id")]).toBe("nis");
    expect(values[at("machine_source_id")]).toBe("gur");
    expect(values[at("machine_value_best")]).toBe("11000");
    const json = await (await request.get("/api/claims?review=corrected")).json();
    expect(json.claims[0].review).toMatchObject({ status: "corrected", original: { source: { id: "gur" } } });
  });

  test("the API's review= filter selects the explorer's rows", async ({ page, request }) => {
    for (const review of ["corrected", "added", "confirmed", "unreviewed"]) {
      const api = await (await request.get(`/api/claims?review=${review}&pageSize=500`)).json();
      await page.goto(`/claims?review=${review}&pageSize=500`);
      // The rows stream in after the filters: the count is waited for, not read at once.
      await expect(page.getByRole("table", { name: "Claims matching the filters" }).locator("tbody tr"), review).toHaveCount(api.total);
      expect(api.claims.every((c: { review: { status: string } }) => c.review.status === review)).toBe(true);
    }
    expect((await request.get("/api/claims?review=maybe")).status()).toBe(400);
  });

  test("at phone width the claim's review controls fit and work", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/review");
    const panel = page.getByRole("article", { name: "Claim to review" }).getByRole("region", { name: "Review" });
    await panel.getByRole("button", { name: "Correct…" }).click();
    await expect(panel.getByRole("form", { name: "Save correction" })).toBeVisible();
    // Nothing runs off the side of the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await panel.getByRole("button", { name: "Cancel" }).click();
    await expect(panel.getByRole("button", { name: "Confirm" })).toBeVisible();
  });
});

test.describe("as a viewer", () => {
  const writes: [string, unknown][] = [
    ["/api/review/claims/1", { action: "confirm" }],
    ["/api/review/claims/1", { action: "reject", reason: "duplicate" }],
    ["/api/review/claims/1/undo", {}],
    ["/api/review/claims", { articleId: 1, start: 0, end: 5, fields: {} }],
    ["/api/review/questions/deployed-soldiers-north-korean-russia", { action: "rename", label: "x" }],
    ["/api/review/questions/deployed-soldiers-north-korean-russia/undo", {}],
    ["/api/review/sources/gur", { action: "source_rename", name: "x" }],
    ["/api/review/sources/gur/undo", {}],
  ];

  test("every review write answers 403, and a signed-out visitor gets 401", async ({ page, playwright, baseURL }) => {
    await signIn(page, createTestAccount("viewer"), "/");
    for (const [url, data] of writes) expect((await page.request.post(url, { data })).status(), url).toBe(403);
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const [url, data] of writes) expect((await anonymous.post(url, { data })).status(), url).toBe(401);
    await anonymous.dispose();
  });

  test("sees statuses and the log, but no review controls", async ({ page }) => {
    await signIn(page, createTestAccount("viewer"), "/");
    await page.goto("/articles/3");
    await page.locator("mark").first().click();
    await expect(reviewPanel(page)).toContainText("Review:");
    await expect(reviewPanel(page).getByRole("button")).toHaveCount(0);
    await page.goto("/log");
    await expect(page.getByRole("heading", { name: "Review log" })).toBeVisible();
    await page.goto("/review");
    await expect(page).toHaveURL(/sign-in/);
  });
});
