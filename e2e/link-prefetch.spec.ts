// Links in long tables and lists are not prefetched: in a production build a
// prefetching link asks the server for its page as soon as it scrolls into
// view, so one visitor on a page of a hundred links sent a hundred requests.
// The main navigation keeps its prefetch: those few pages are where readers go.
import { expect, test, type Page } from "@playwright/test";

/** Every prefetch the page sends, as path and query without Next's cache-busting `_rsc`. */
function recordPrefetches(page: Page) {
  const prefetched = new Set<string>();
  page.on("request", (request) => {
    const headers = request.headers();
    if (!headers["next-router-prefetch"] && !headers["rsc"]) return;
    const url = new URL(request.url());
    url.searchParams.delete("_rsc");
    prefetched.add(url.pathname + url.search);
  });
  return prefetched;
}

/** Every link in the page's tables (rows and sortable headers) and its relation lists, scrolled through so that each has been in view. */
async function tableLinks(page: Page) {
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 900);
  await page.waitForLoadState("networkidle");
  return page.locator("main table a, main section[aria-labelledby^='relations-'] a").evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.search;
    }),
  );
}

async function firstQuestionPath(page: Page) {
  await page.goto("/");
  return (await page.locator("main a[href^='/questions/']").first().getAttribute("href"))!.replace(/[?#].*$/, "");
}

test("a page's table links send no prefetch request while the main navigation still prefetches", async ({ page }) => {
  const pages = [await firstQuestionPath(page), "/sources", "/claims"];
  for (const path of pages) {
    const prefetched = recordPrefetches(page);
    await page.goto(path, { waitUntil: "networkidle" });
    const links = await tableLinks(page);
    expect(links.length, `${path} lists links in its tables`).toBeGreaterThan(0);
    expect(links.filter((href) => prefetched.has(href)), `no table link of ${path} is prefetched`).toEqual([]);
    expect([...prefetched].some((href) => ["/", "/claims", "/articles", "/sources"].includes(href) && href !== path), `the navigation of ${path} is still prefetched`).toBe(true);
    page.removeAllListeners("request");
  }
});
