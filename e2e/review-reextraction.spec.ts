// A claim's review history survives a re-extraction, as an analyst meets it:
// the decision is made in the browser, `npm run reextract -- --all` gives every
// claim a new id, and the claim's page under its new id shows the decision,
// who made it and the note. A server of its own, since the re-extraction
// renumbers every claim the other specs would read.
import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { createTestAccount } from "./helpers/accounts";
import { startOwnServer, type OwnServer } from "./helpers/own-server";

let server: OwnServer;
const RUSSIA = "/questions/deployed-soldiers-north-korean-russia";
const QUOTE = "11 000 soldats nord-coréens s’entraînent";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  server = await startOwnServer("review-reextraction", 310, [["ingest", "--", "seeds"]], { AUTH_SIGN_INS_PER_MINUTE: "1000" });
});

test.afterAll(() => server?.stop());

test("a rejection made before a re-extraction shows on the claim's page under its new id", async ({ page }) => {
  const analyst = createTestAccount("analyst", server.database);
  await page.goto(`${server.base}/sign-in?next=${encodeURIComponent(RUSSIA)}`);
  await page.getByLabel("E-mail").fill(analyst.email);
  await page.getByLabel("Password").fill(analyst.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${server.base}${RUSSIA}`);

  await page.getByRole("table", { name: /^Claims compared/ }).getByRole("row").filter({ hasText: QUOTE }).getByRole("link").first().click();
  const panel = page.getByRole("complementary", { name: "Selected claim" }).getByRole("region", { name: "Review" });
  await panel.getByLabel("Reason to reject").selectOption("misread");
  await panel.getByLabel("Note (optional)").fill("the 11,000 is the total, not the troops in training");
  await panel.getByRole("button", { name: "Reject" }).click();
  await expect(panel.getByRole("status")).toHaveText("Rejected.");
  const before = Number(new URL(page.url()).searchParams.get("claim"));

  const reextract = spawnSync("npm", ["run", "-s", "reextract", "--", "--all"], { env: { ...process.env, DATABASE_URL: `file:./${server.database}` }, encoding: "utf8" });
  expect(reextract.status, reextract.stderr).toBe(0);

  await page.goto(`${server.base}/claims/${before}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such claim");
  const { claims } = await (await page.request.get(`${server.base}/api/claims?review=rejected`)).json();
  expect(claims).toHaveLength(1);
  const after = claims[0].id as number;
  expect(after).not.toBe(before);

  await page.goto(`${server.base}/claims/${after}`);
  const history = page.getByRole("table", { name: `Review history of claim ${after}` });
  const line = history.getByRole("row").filter({ hasText: "rejected the claim" });
  await expect(line).toContainText(analyst.email.split("@")[0]!);
  await expect(line).toContainText("the 11,000 is the total, not the troops in training");
});
