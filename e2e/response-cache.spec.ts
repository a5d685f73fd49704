// The server answers anonymous reads from a cache until the data changes
// (scripts/server/response-cache.mjs). What a visitor must never notice: an
// article the command-line ingest adds from another process shows at once on
// a page already served, and a signed-in analyst never gets the visitors'
// copy of a page (their review buttons show). A server of its own, since the
// ingest adds articles the other specs do not expect.
import path from "node:path";
import { spawnSync } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createTestAccount } from "./helpers/accounts";
import { startOwnServer, type OwnServer } from "./helpers/own-server";

let server: OwnServer;
const FIXTURE = "e2e/fixtures/other-story";
const NEW_TITLE = "France unemployment insurance protests draw hundreds of thousands";
const RUSSIA = "/questions/deployed-soldiers-north-korean-russia";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  server = await startOwnServer("response-cache", 320, [["ingest", "--", "seeds"]], { AUTH_SIGN_INS_PER_MINUTE: "1000" });
});

test.afterAll(() => server?.stop());

/** How the server answered: "miss" (rendered and kept), "hit" (from the cache), or nothing (not cacheable). */
async function cacheOf(request: APIRequestContext, url: string) {
  return (await request.get(`${server.base}${url}`)).headers()["x-response-cache"];
}

test("an article the CLI ingest adds shows at once on pages the cache already served", async ({ page, request }) => {
  await page.goto(`${server.base}/articles`);
  const again = await page.goto(`${server.base}/articles`);
  expect(again!.headers()["x-response-cache"], "the page comes from the cache once rendered").toBe("hit");
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(NEW_TITLE);
  expect(await cacheOf(request, "/api/articles?pageSize=100"), "an API read is kept too").toBe("miss");
  expect(await cacheOf(request, "/api/articles?pageSize=100")).toBe("hit");

  const ingest = spawnSync("npm", ["run", "-s", "ingest", "--", "--manifest", path.join(FIXTURE, "manifest.json"), FIXTURE], { env: { ...process.env, DATABASE_URL: `file:./${server.database}` }, encoding: "utf8" });
  expect(ingest.status, ingest.stderr).toBe(0);

  await page.goto(`${server.base}/articles`);
  await expect(page.getByRole("main")).toContainText(NEW_TITLE);
  const api = await (await request.get(`${server.base}/api/articles?pageSize=100`)).text();
  expect(api).toContain(NEW_TITLE);
});

test("a signed-in analyst gets their own page, with its review buttons, never the visitors' copy", async ({ page, browser }) => {
  const visitor = await browser.newPage();
  await visitor.goto(`${server.base}${RUSSIA}`);
  await visitor.getByRole("table", { name: /^Claims compared/ }).getByRole("row").nth(1).getByRole("link").first().click();
  await expect(visitor).toHaveURL(/claim=\d+/);
  const claimUrl = new URL(visitor.url()).pathname + new URL(visitor.url()).search;
  const visitorPanel = visitor.getByRole("complementary", { name: "Selected claim" });
  await expect(visitorPanel).toBeVisible();
  await expect(visitorPanel.getByRole("button", { name: "Reject" })).toHaveCount(0);
  await visitor.goto(`${server.base}${claimUrl}`);
  const cached = await visitor.goto(`${server.base}${claimUrl}`);
  expect(cached!.headers()["x-response-cache"], "the visitors' copy is in the cache").toBe("hit");
  await visitor.close();

  const analyst = createTestAccount("analyst", server.database);
  await page.goto(`${server.base}/sign-in?next=${encodeURIComponent(claimUrl)}`);
  await page.getByLabel("E-mail").fill(analyst.email);
  await page.getByLabel("Password").fill(analyst.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${server.base}${claimUrl}`);
  const panel = page.getByRole("complementary", { name: "Selected claim" }).getByRole("region", { name: "Review" });
  await expect(panel.getByRole("button", { name: "Reject" })).toBeVisible();

  const signedIn = await page.goto(`${server.base}${claimUrl}`);
  expect(signedIn!.headers()["x-response-cache"], "a signed-in request never goes through the cache").toBeUndefined();
  await expect(panel.getByRole("button", { name: "Reject" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(analyst.email);
});
