import { expect, test } from "@playwright/test";

// Requests that Next.js cannot take on its own (it answered 500, or 405 and 431
// with no body) and that the production server now answers itself.

type ApiError = { error: { code: string; message: string } };

test("the API answers TRACE, a missing method and a broken path with its JSON error", async ({ request }) => {
  const trace = await request.fetch("/api/claims", { method: "TRACE" });
  expect(trace.status()).toBe(405);
  expect(((await trace.json()) as ApiError).error.message).toContain("does not answer TRACE");

  const put = await request.fetch("/api/claims", { method: "PUT", data: "{}" });
  expect(put.status()).toBe(405);
  expect(((await put.json()) as ApiError).error).toMatchObject({ code: "method_not_allowed", message: expect.stringContaining("PUT") });

  const broken = await request.get("/api/questions/%ZZ");
  expect(broken.status()).toBe(400);
  expect(((await broken.json()) as ApiError).error).toMatchObject({ code: "invalid_path", message: expect.stringContaining("%25") });
});

test("a cookie too large gets a 431 that says to clear the site's cookies", async ({ request }) => {
  const response = await request.get("/api/claims?pageSize=1", { headers: { Cookie: `big=${"a".repeat(20_000)}` } });
  expect(response.status()).toBe(431);
  expect(((await response.json()) as ApiError).error.message).toContain("cookies");
});

for (const width of [1280, 390]) {
  test(`a page address with a broken escape shows a notice with a way back (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const response = await page.goto("/questions/%E0%A4%A");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { name: "400 Bad Request" })).toBeVisible();
    await expect(page.getByText("malformed percent-encoding")).toBeVisible();
    await page.getByRole("link", { name: "Go to the overview" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}
