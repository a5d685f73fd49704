// What the review specs find on the pages, named as an analyst sees them.
import { expect, type Page } from "@playwright/test";

export const figuresTable = (page: Page) => page.getByRole("table", { name: /^Figures by source/ });
export const comparison = (page: Page) => page.getByRole("table", { name: /^Claims compared/ });
export const consensus = (page: Page) => page.getByRole("region", { name: "Consensus range" });
export const selectedClaim = (page: Page) => page.getByRole("complementary", { name: "Selected claim" });
export const reviewPanel = (page: Page) => selectedClaim(page).getByRole("region", { name: "Review" });
export const questionReview = (page: Page) => page.getByRole("region", { name: "Review this question" });

/** Opens a claim of the question in the article reader, from the comparison table, as an analyst would. */
export async function openClaimFromQuestion(page: Page, question: string, speaker: string, quote: string) {
  await page.goto(question);
  const row = comparison(page).getByRole("row").filter({ has: page.getByRole("rowheader", { name: speaker }) }).filter({ hasText: quote });
  await row.getByRole("link").first().click();
  await expect(selectedClaim(page)).toContainText(quote.slice(0, 40));
}
