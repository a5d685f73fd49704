// On a phone some filter forms sit behind a "Filters" button. A tap that
// lands before the page is interactive does nothing, so the test taps until
// the fields show, as a person taps again.
import { expect, type Locator, type Page } from "@playwright/test";

/** `fields` is what the analyst wants to reach: a filter group, a checkbox. */
export async function openPhoneFilters(page: Page, fields: Locator) {
  const toggle = page.getByRole("button", { name: /^Filters/ });
  // The page has rendered its filters, open or behind the button.
  await expect(toggle.or(fields).first()).toBeVisible();
  if (await fields.first().isVisible()) return;
  await expect(async () => {
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(fields.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}
