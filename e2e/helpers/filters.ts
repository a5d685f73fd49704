// On a phone the filters sit behind a "Filters" button. A tap that lands
// before the page is interactive does nothing, so the test taps until the
// panel says it is open, as a person taps again.
import { expect, type Page } from "@playwright/test";

export async function openPhoneFilters(page: Page) {
  const toggle = page.getByRole("button", { name: /^Filters/ });
  if (!(await toggle.isVisible())) return;
  await expect(async () => {
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true", { timeout: 1000 });
  }).toPass();
}
