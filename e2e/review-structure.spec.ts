// Decisions on how the figures are grouped and credited, in the browser on the
// seed articles: a claim moved to another question, a question split, a
// relation marked wrong, and a source renamed, re-kinded and merged. Each shows
// on the page at once, before any reload, and each is undone in the browser,
// so the specs after this one meet the seeds as the machine read them.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { createTestAccount, signIn, type TestAccount } from "./helpers/accounts";
import { comparison, consensus, openClaimFromQuestion, questionReview, reviewPanel, selectedClaim } from "./helpers/review";

const RUSSIA = "/questions/deployed-soldiers-north-korean-russia";
const FIRST_CONTINGENT = "/questions/deployed-soldiers-north-korean-kursk-region-first-contingent";
const GUR = "Ukraine's Defence Intelligence (GUR)";
const CONTINGENT_QUOTE = "Le premier contingent de 2 600 soldats";
const TRAINING_QUOTE = "11 000 soldats nord-coréens s’entraînent";

let analyst: TestAccount;
const nameOf = (account: TestAccount) => account.email.split("@")[0]!;
/** Nothing in the control runs past the right edge of the screen. */
const fitsTheScreen = async (page: Page, control: Locator) =>
  expect(await control.evaluate((el) => Math.max(...[el, ...el.querySelectorAll("*")].map((e) => e.getBoundingClientRect().right)))).toBeLessThanOrEqual(page.viewportSize()!.width);

test.describe.serial("grouping and sources, reviewed by an analyst", () => {
  test.beforeAll(() => {
    analyst = createTestAccount("analyst");
  });
  test.beforeEach(async ({ page }) => {
    await signIn(page, analyst, "/");
  });

  test("a claim moved to another question goes there at once, its history says so, and the move can be undone", async ({ page }) => {
    await openClaimFromQuestion(page, FIRST_CONTINGENT, GUR, CONTINGENT_QUOTE);
    const card = selectedClaim(page);
    const claimId = new URL(page.url()).searchParams.get("claim");
    const move = card.getByRole("form", { name: "Move to another question" });
    await move.getByLabel("Belongs to another question").selectOption({ label: "North Korean troops in the Kursk region" });
    await move.getByRole("button", { name: "Move it there" }).click();
    await expect(move.getByRole("status")).toHaveText("Moved.");
    // The card now links to the question the claim is in, before any reload.
    await expect(card.getByRole("link", { name: /^Compare with other figures/ })).toHaveText("Compare with other figures: North Korean troops in the Kursk region");

    await page.goto("/questions/deployed-soldiers-north-korean-kursk-region");
    await expect(comparison(page)).toContainText(CONTINGENT_QUOTE);
    expect((await page.goto(FIRST_CONTINGENT))?.status()).toBe(404);

    await page.goto(`/claims/${claimId}`);
    const history = page.getByRole("table", { name: `Review history of claim ${claimId}` });
    await expect(history.getByRole("row").filter({ hasText: "moved the claim to another question" })).toContainText(nameOf(analyst));

    await page.getByRole("link", { name: "Read it in the article" }).click();
    await expect(selectedClaim(page)).toContainText(CONTINGENT_QUOTE);
    await reviewPanel(page).getByRole("button", { name: "Undo last decision" }).click();
    await expect(reviewPanel(page).getByRole("status")).toHaveText("Last decision undone.");
    await expect(selectedClaim(page).getByRole("link", { name: /^Compare with other figures/ })).toHaveText("Compare with other figures: North Korean troops in the Kursk region (first contingent)");
    expect((await page.goto(FIRST_CONTINGENT))?.status()).toBe(200);
  });

  test("at phone width the move control fits and names the questions", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openClaimFromQuestion(page, FIRST_CONTINGENT, GUR, CONTINGENT_QUOTE);
    const move = selectedClaim(page).getByRole("form", { name: "Move to another question" });
    await move.scrollIntoViewIfNeeded();
    await expect(move.getByLabel("Belongs to another question")).toBeVisible();
    await expect(move.getByLabel("Belongs to another question").getByRole("option", { name: "North Korean troops in Russia", exact: true })).toBeAttached();
    await fitsTheScreen(page, move);
  });

  test("claims split out of a question leave it at once and form a question of their own, until undone", async ({ page }) => {
    await page.goto(RUSSIA);
    await expect(comparison(page)).toContainText(TRAINING_QUOTE);
    const review = questionReview(page);
    await review.getByRole("group", { name: "Split these claims into a question of their own" }).getByRole("checkbox", { name: /11 000 soldats nord-coréens/ }).check();
    await review.getByLabel("Label of the new question").fill("North Korean troops training in eastern Russia");
    await review.getByRole("button", { name: "Split" }).click();
    await expect(review.getByRole("status")).toHaveText("Split into a new question.");
    await expect(comparison(page)).not.toContainText(TRAINING_QUOTE);

    await review.getByRole("link", { name: "Open the new question" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("North Korean troops training in eastern Russia");
    await expect(comparison(page)).toContainText(TRAINING_QUOTE);

    await page.goto(RUSSIA);
    await questionReview(page).getByRole("button", { name: "Undo the last decision on this question" }).click();
    await expect(questionReview(page).getByRole("status")).toHaveText("Last decision on this question undone.");
    await expect(comparison(page)).toContainText(TRAINING_QUOTE);
  });

  test("a contradiction marked wrong leaves the relations, lowers the conflict score and moves the consensus; undo puts them back", async ({ page }) => {
    await page.goto(RUSSIA);
    const meter = page.getByRole("meter", { name: /^Conflict score/ });
    const scoreBefore = Number(await meter.getAttribute("value"));
    const consensusBefore = (await consensus(page).textContent())!;
    const contradictions = page.getByRole("region", { name: /^Contradict/ }).getByRole("listitem");
    // GUR's 11,000 against the "several thousand" of ISW and of the Western governments.
    for (const other of ["Institute for the Study of War (ISW)", "Western governments"]) {
      const relation = contradictions.filter({ hasText: "about 11,000" }).filter({ hasText: other });
      await expect(relation).toHaveCount(1);
      await relation.getByRole("button", { name: "Mark as wrong" }).click();
      await expect(relation).toHaveCount(0);
    }
    await expect(consensus(page)).not.toHaveText(consensusBefore);
    await expect(consensus(page)).toContainText("4 of 5 sources");
    await expect.poll(async () => Number(await meter.getAttribute("value"))).toBeLessThan(scoreBefore);
    await expect(page.getByRole("table", { name: /^Review log:/ }).getByRole("row").filter({ hasText: "marked a relation as wrong" })).toHaveCount(2);

    for (let i = 0; i < 2; i++) {
      await questionReview(page).getByRole("button", { name: "Undo the last decision on this question" }).click();
      await expect(questionReview(page).getByRole("status")).toHaveText("Last decision on this question undone.");
    }
    await expect(consensus(page)).toHaveText(consensusBefore);
    await expect.poll(async () => Number(await meter.getAttribute("value"))).toBe(scoreBefore);
    await expect(contradictions.filter({ hasText: "about 11,000" }).filter({ hasText: "Institute for the Study of War (ISW)" })).toHaveCount(1);
  });

  test("a source renamed, given a kind and country, and merged with another shows so at once; each step can be undone", async ({ page }) => {
    await page.goto("/sources");
    const gurCard = page.locator("section[aria-labelledby='source-gur']");
    const otherCard = page.locator("section[aria-labelledby='source-ukraine_intelligence']");
    await expect(gurCard.getByRole("heading")).toHaveText(GUR);
    await expect(otherCard).toBeVisible();
    // Found by its summary under either name: the rename changes it.
    const gurPanel = page.locator("details", { has: page.locator("summary", { hasText: /^Review (Ukraine's Defence Intelligence \(GUR\)|HUR)/ }) });
    await gurPanel.locator("summary").click();

    await gurPanel.getByLabel("Name", { exact: true }).fill("HUR (Ukraine's military intelligence)");
    await gurPanel.getByRole("button", { name: "Rename" }).click();
    await expect(gurPanel.getByRole("status")).toHaveText("Renamed.");
    await expect(gurCard.getByRole("heading")).toHaveText("HUR (Ukraine's military intelligence)");

    await gurPanel.getByLabel("Kind").selectOption("military");
    await gurPanel.getByLabel("Country").fill("Ukraine (Kyiv)");
    await gurPanel.getByRole("button", { name: "Save" }).click();
    await expect(gurPanel.getByRole("status")).toHaveText("Kind and country saved.");
    await expect(gurCard).toContainText("Ukraine (Kyiv) · military");

    const otherPanel = page.locator("details", { has: page.locator("summary", { hasText: "Review Ukrainian intelligence (unspecified)" }) });
    await otherPanel.locator("summary").click();
    await otherPanel.getByLabel("The same source as").selectOption("gur");
    await otherPanel.getByRole("button", { name: "Merge into it" }).click();
    // The merged source leaves the list and its name becomes an alias of the other.
    await expect(otherCard).toHaveCount(0);
    await expect(gurCard).toContainText("Also named: Ukrainian intelligence (unspecified)");
    await expect(page.getByRole("table", { name: "Sources compared across questions" })).not.toContainText("Ukrainian intelligence (unspecified)");

    const undo = gurPanel.getByRole("button", { name: "Undo the last decision on this source" });
    await undo.click();
    await expect(gurCard).not.toContainText("Also named");
    await expect(otherCard).toBeVisible();
    await undo.click();
    await expect(gurCard).toContainText("Ukraine · intelligence");
    await undo.click();
    await expect(gurCard.getByRole("heading")).toHaveText(GUR);

    await page.goto("/log?target=source");
    const rows = page.getByRole("table", { name: "Review log" }).getByRole("row");
    for (const what of ["renamed the source", "set the source's kind and country", "merged the source into another", "undid a decision"]) {
      await expect(rows.filter({ hasText: what }).first()).toContainText(nameOf(analyst));
    }
  });

  test("at phone width the source review fits the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/sources");
    await page.getByText(`Review ${GUR}`, { exact: true }).click();
    const open = page.locator("details[open]");
    await expect(open.getByRole("button", { name: "Undo the last decision on this source" })).toBeVisible();
    await expect(open.getByLabel("The same source as")).toBeVisible();
    await fitsTheScreen(page, open);
  });
});
