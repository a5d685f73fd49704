import { expect, test } from "@playwright/test";

test("every page and API answer forbids framing and names where scripts may come from", async ({ request }) => {
  for (const url of ["/", "/claims", "/articles", "/sources", "/api/claims?pageSize=1", "/no-such-page"]) {
    const response = await request.get(url);
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy, url).toContain("frame-ancestors 'none'");
    expect(policy, url).toContain("script-src 'self'");
    expect(response.headers()["x-frame-options"], url).toBe("DENY");
  }
});

test("the overview and a question page run under the policy without a violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  await page.locator('a[href^="/questions/"]').first().click();
  await expect(page).toHaveURL(/\/questions\//);
  await expect(page.locator("svg").first()).toBeVisible();
  expect(violations).toEqual([]);
});
