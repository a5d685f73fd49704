// Adding, refusing, deleting and re-extracting articles through the browser and
// the API. Runs after the read-only specs (which count the seed articles) and
// deletes what it added.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { createTestAccount, signIn, type TestAccount } from "./helpers/accounts";
import { articleText, snapshot, writeSql } from "./helpers/database";

const FRENCH = `Inondations dans le Gard : le bilan s'alourdit
Publié le 14 mars 2025
Selon la préfecture du Gard, 1 800 personnes ont été évacuées dans la nuit de jeudi à vendredi. Les pompiers ont indiqué que 12 personnes avaient été blessées.`;
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Storm Gerrit | Coast Herald</title>
<meta property="og:site_name" content="Coast Herald"><meta property="article:published_time" content="2025-02-20T07:00:00Z">
<script>window.stolen = document.cookie; document.title = "HACKED"</script><style>p{color:red}</style></head>
<body onload="document.body.innerHTML='HACKED'"><article><h1>Storm Gerrit leaves 40,000 homes without power</h1>
<p>The grid operator said on Thursday that about 40,000 homes were still without power after the storm, while the coastguard rescued 25 people at sea.</p>
<img src="x" onerror="window.pwned=1"><iframe src="https://evil.example/"></iframe>
<p>The county council said at least 300 roads were closed, and that schools would stay shut until Monday across the region.</p></article></body></html>`;
const PASTED = `Wildfire in the hills: 2,500 residents evacuated
The fire service said on Sunday that 2,500 residents had been evacuated and that 600 firefighters were fighting the blaze, according to a spokesman.`;

const file = (name: string, content: string | Buffer, mimeType = "text/plain") => ({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
const added: number[] = [];

async function signedInRequest(request: APIRequestContext, account: TestAccount) {
  // With a session cookie already set, Better Auth wants the page's Origin, as a browser sends it.
  const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
  const response = await request.post("/api/auth/sign-in/email", { headers: { Origin: origin }, data: { email: account.email, password: account.password } });
  expect(response.status()).toBe(200);
}

test.describe.configure({ mode: "serial" });

test.describe("adding articles", () => {
  test.afterAll(async () => {
    // Through the command an admin would use, so that the questions are regrouped without them.
    const left = added.filter((id) => articleText(id) !== null).map(String);
    if (left.length) spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/delete-article.ts", ...left], { env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" }, timeout: 60_000 });
  });

  test("an analyst adds two files and a pasted text, watches them load, and sees the new claims in the explorer", async ({ page }) => {
    await signIn(page, createTestAccount("analyst"), "/articles/add");
    await expect(page.getByRole("heading", { name: "Add articles", level: 1 })).toBeVisible();
    await page.getByLabel("Choose files").setInputFiles([file("gard.txt", FRENCH), file("storm.html", PAGE, "text/html")]);
    await page.getByLabel("Or paste an article's text").fill(PASTED);
    await page.getByRole("button", { name: "Add the pasted text" }).click();

    const items = page.getByRole("list", { name: "Articles to add" }).getByRole("listitem");
    await expect(items).toHaveCount(3);
    // Prefilled from each file: a text's first line, a page's own title and date.
    await expect(items.nth(0).getByLabel("Title")).toHaveValue("Inondations dans le Gard : le bilan s'alourdit");
    await expect(items.nth(1).getByLabel("Title")).toHaveValue("Storm Gerrit | Coast Herald");
    await expect(items.nth(1).getByLabel("Publisher")).toHaveValue("Coast Herald");
    await expect(items.nth(1).getByLabel("Published")).toHaveValue("2025-02-20");
    await items.nth(0).getByLabel("Publisher").fill("Midi Libre");

    // A slow network holds the server's answer back a moment, so the per-file progress can be seen. (A route that
    // intercepts the request would hold it too, but Chromium then sends no upload events, which the progress follows.)
    const network = await page.context().newCDPSession(page);
    await network.send("Network.emulateNetworkConditions", { offline: false, latency: 1500, downloadThroughput: -1, uploadThroughput: -1 });
    await page.getByRole("button", { name: "Add 3 articles" }).click();
    await expect(page.getByText("Reading and extracting…").first()).toBeVisible();

    const result = (name: string) => page.getByRole("status", { name: `Result for ${name}` });
    await expect(result("gard.txt")).toContainText(/Added: [1-9]\d* claims?/, { timeout: 30_000 });
    await expect(result("storm.html")).toContainText(/Added: [1-9]\d* claims?/);
    await expect(items.nth(2).getByRole("status")).toContainText(/Added: [1-9]\d* claims?/);
    await network.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    for (const href of await page.getByRole("link", { name: "open the article" }).evaluateAll((links) => links.map((l) => l.getAttribute("href")!))) {
      added.push(Number(href.split("/").pop()));
    }
    expect(added).toHaveLength(3);

    // The page's scripts and handlers never ran and never reached the stored text.
    expect(await page.evaluate(() => (window as unknown as { pwned?: number; stolen?: string }).pwned ?? (window as unknown as { stolen?: string }).stolen ?? null)).toBeNull();
    const stored = articleText(added[1]!)!;
    expect(stored).toContain("40,000 homes were still without power");
    for (const hostile of ["HACKED", "cookie", "onerror", "<", "color:red"]) expect(stored).not.toContain(hostile);

    await result("gard.txt").getByRole("link", { name: "its claims" }).click();
    await expect(page).toHaveURL(new RegExp(`/claims\\?article=${added[0]}$`));
    await expect(page.getByRole("table")).toContainText("1 800");
    await expect(page.getByRole("table")).toContainText("Midi Libre");

    await page.goto(`/articles/${added[1]}`);
    await expect(page.getByText("title, publisher, date given by the page's own metadata", { exact: false })).toBeVisible();
    await expect(page.getByText("given by the page (the page's published-time metadata)")).toBeVisible();
  });

  test("a duplicate is reported as already there, and hostile files are refused in words with nothing stored", async ({ page }) => {
    await signIn(page, createTestAccount("analyst"), "/articles/add");
    const before = snapshot();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    // A zip bomb renamed .html: 20 MB of zeros deflated to 20 KB. Never unpacked, refused by its first bytes.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]), deflateRawSync(Buffer.alloc(20 * 1024 * 1024))]);
    await page.getByLabel("Choose files").setInputFiles([file("gard-again.txt", FRENCH), file("photo.txt", png), file("bomb.html", zip, "text/html")]);
    // Over 50 MB Playwright takes a path, not a buffer.
    const hugePath = path.join(mkdtempSync(path.join(tmpdir(), "triangulate-huge-")), "huge.txt");
    writeFileSync(hugePath, Buffer.alloc(50 * 1024 * 1024, 0x61));
    await page.getByLabel("Choose files").setInputFiles(hugePath);
    const result = (name: string) => page.getByRole("status", { name: `Result for ${name}` });
    await expect(result("huge.txt")).toContainText("Refused: the file is 50.0 MB; an article may be at most 5.0 MB");
    await items(page).first().getByLabel("Publisher").fill("Midi Libre");
    await page.getByRole("button", { name: "Add 3 articles" }).click();
    await expect(result("gard-again.txt")).toContainText("Already there: Inondations dans le Gard");
    await expect(result("photo.txt")).toContainText("Refused: file is a PNG image, not text");
    await expect(result("bomb.html")).toContainText("Refused: file is a ZIP archive");
    expect(snapshot()).toEqual(before);

    const many = Array.from({ length: 1000 }, (_, i) => file(`n${i}.txt`, `Article ${i}: 10 people were counted by the police.`));
    await page.getByLabel("Choose files").setInputFiles(many);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Nothing added: 1,000 files were chosen; add at most 100 at a time (a folder of more can be loaded with `npm run ingest`).");
    expect(snapshot()).toEqual(before);
  });

  test("the upload route itself refuses too many files, a 50 MB body and a cross-site post, with the database unchanged", async ({ request }) => {
    await signedInRequest(request, createTestAccount("analyst"));
    const before = snapshot();
    const multipart = (files: { name: string; mimeType: string; buffer: Buffer }[]) => {
      const form = new FormData();
      for (const f of files) form.append("file", new Blob([new Uint8Array(f.buffer)], { type: f.mimeType }), f.name);
      return form;
    };
    const tooMany = await request.post("/api/articles", { multipart: multipart(Array.from({ length: 1000 }, (_, i) => file(`n${i}.txt`, `Text ${i}: 10 people.`))) });
    expect(tooMany.status()).toBe(413);
    expect((await tooMany.json()).error.message).toBe("1,000 files were chosen; add at most 100 at a time (a folder of more can be loaded with `npm run ingest`).");

    const huge = await request.post("/api/articles", { multipart: multipart([file("huge.txt", Buffer.alloc(50 * 1024 * 1024, 0x61))]) });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error.message).toMatch(/^This upload is 50\.0 MB, over the 40\.0 MB one upload may hold/);

    const forged = await request.post("/api/articles", { headers: { Origin: "https://evil.example" }, multipart: multipart([file("x.txt", PASTED)]) });
    expect(forged.status()).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  test("a viewer and a signed-out visitor reach no write page or route", async ({ page, request, browser }) => {
    const anonymous = await browser.newContext();
    const visitor = await anonymous.newPage();
    for (const path of ["/articles/add", "/admin/users", "/admin/extraction"]) {
      await visitor.goto(path);
      await expect(visitor).toHaveURL(/\/sign-in\?next=/);
    }
    const anonymousApi = anonymous.request;
    expect((await anonymousApi.post("/api/articles", { multipart: { file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from(PASTED) } } })).status()).toBe(401);
    expect((await anonymousApi.delete(`/api/articles/${added[0]}`)).status()).toBe(401);
    await anonymous.close();

    const viewer = createTestAccount("viewer");
    await signIn(page, viewer, "/articles/add");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Farticles%2Fadd&need=analyst$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Add articles" })).toHaveCount(0);
    await page.goto(`/articles/${added[0]}`);
    await expect(page.getByRole("button", { name: "Delete this article" })).toHaveCount(0);

    await signedInRequest(request, viewer);
    const before = snapshot();
    const post = await request.post("/api/articles", { multipart: { file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from(PASTED) } } });
    expect(post.status()).toBe(403);
    expect((await post.json()).error.message).toContain("This needs the analyst role");
    expect((await request.delete(`/api/articles/${added[0]}`)).status()).toBe(403);
    const analyst = createTestAccount("analyst");
    await signedInRequest(request, analyst);
    expect((await request.delete(`/api/articles/${added[0]}`)).status()).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  test("an admin deletes an article: its claims go and the questions are regrouped", async ({ page, request }) => {
    await signIn(page, createTestAccount("admin"), `/articles/${added[2]}`);
    const before = snapshot();
    const claims = await (await request.get(`/api/claims?article=${added[2]}`)).json();
    expect(claims.total).toBeGreaterThan(0);
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Delete this article" }).click();
    await expect(page).toHaveURL(/\/articles$/);
    const after = snapshot();
    expect(after.articles).toBe(before.articles - 1);
    expect(after.claims).toBe(before.claims - claims.total);
    expect((await (await request.get(`/api/claims?article=${added[2]}`)).json()).total).toBe(0);
    await page.goto(`/articles/${added[2]}`);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("after a version change an admin re-extracts the outdated articles", async ({ page }) => {
    const before = snapshot();
    writeSql(`UPDATE "Article" SET "extractionVersion" = 0`);
    await signIn(page, createTestAccount("admin"), "/admin/extraction");
    await expect(page.getByTestId("outdated-count")).toHaveText(String(before.articles));
    await page.getByRole("button", { name: "Extract again" }).click();
    await expect(page.getByRole("status")).toContainText(`Extracted ${before.articles} articles again and regrouped the questions`, { timeout: 60_000 });
    await page.reload();
    await expect(page.getByTestId("outdated-count")).toHaveText("0");
    expect(snapshot()).toEqual(before);
  });
});

function items(page: Page) {
  return page.getByRole("list", { name: "Articles to add" }).getByRole("listitem").filter({ has: page.getByLabel("Publisher") });
}
