// On a phone some filter forms sit behind a "Filters" toggle (a native
// <details>, so one tap opens it whether or not the page's scripts have run).
import { expect, type Locator, type Page } from "@playwright/test";

export const phoneFiltersToggle = (page: Page) => page.locator("summary").filter({ hasText: /^Filters/ });

/** `fields` is what the analyst wants to reach: a filter group, a checkbox. */
export async function openPhoneFilters(page: Page, fields: Locator) {
  const toggle = phoneFiltersToggle(page);
  // The page has rendered its filters, open or behind the toggle.
  await expect(toggle.or(fields).filter({ visible: true }).first()).toBeVisible();
  if (await fields.first().isVisible()) return;
  await toggle.click();
  await expect(fields.first()).toBeVisible();
}
