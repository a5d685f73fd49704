// READ_ACCESS=signed-in, as a team server runs it: nothing is readable
// without an account, and signing in opens the page the visitor asked for.
// A server of its own, so the other specs keep the open default.
import { expect, test } from "@playwright/test";
import { createTestAccount } from "./helpers/accounts";
import { startOwnServer, type OwnServer } from "./helpers/own-server";

let server: OwnServer;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  server = await startOwnServer("read-access", 300, [["ingest", "--", "seeds"]], { READ_ACCESS: "signed-in", AUTH_SIGN_INS_PER_MINUTE: "1000" });
});

test.afterAll(() => server?.stop());

test("a visitor without an account reads nothing: pages send to sign-in, the API answers 401 in JSON", async ({ request }) => {
  for (const path of ["/", "/claims?category=deployed", "/sources", "/questions/deployed-soldiers-north-korean-russia"]) {
    const answer = await request.get(`${server.base}${path}`, { maxRedirects: 0 });
    expect(answer.status(), path).toBe(307);
    expect(new URL(answer.headers().location!, server.base).pathname, path).toBe("/sign-in");
  }
  for (const path of ["/api/claims", "/api/questions", "/api/export?format=csv"]) {
    const answer = await request.get(`${server.base}${path}`);
    expect(answer.status(), path).toBe(401);
    expect((await answer.json()).error.code, path).toBe("unauthenticated");
  }
});

test("signing in opens the page asked for, with its filters, and the data on it", async ({ page }) => {
  const viewer = createTestAccount("viewer", server.database);
  await page.goto(`${server.base}/claims?category=deployed`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByLabel("E-mail").fill(viewer.email);
  await page.getByLabel("Password").fill(viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${server.base}/claims?category=deployed`);
  await expect(page.getByRole("banner")).toContainText(viewer.email);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "11,000" }).first()).toBeVisible();
});
