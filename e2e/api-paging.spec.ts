// The API's next links and its description, against the running server.
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { storeArticles } from "../db/write/store-article";
import type { ExtractedClaim } from "../lib/claims/claim";

interface Page {
  claims: { id: number }[];
  total: number;
  next: string | null;
}

const E2E_DATABASE = "data/e2e.db";

function claimAt(text: string, asOf: string): ExtractedClaim {
  return {
    file: "late.txt", quote: text, start: 0, end: text.length, mentions: [], value: { low: null, best: 500, high: null }, qualifier: "exact",
    unit: "soldiers", category: "deployed", measure: "soldiers", scope: { place: null, group: null, state: null }, subject: null,
    source: null, asOf, asOfPrecision: "day", stance: "asserts",
  };
}

/** What an ingest does between two requests: one transaction storing an article and its claims, dated across the order. */
function storeLateArticle(db: Database.Database, n: number) {
  const text = `Late article ${n}: 500 soldiers.`;
  storeArticles(db, [
    {
      article: { fileName: `late-${n}.txt`, title: `Late ${n}`, publisher: null, url: null, language: "en", published: "2024-10-01", dateSource: "given", dateNote: null, text, contentHash: `late-${n}-${Date.now()}`, byteLength: text.length },
      claims: ["1990-01-01", "2024-10-15", "2099-01-01"].map((asOf) => claimAt(text, asOf)),
    },
  ]);
}

test.describe("GET /api/claims next links", () => {
  for (const sort of ["-date", "value", "source"]) {
    test(`walk every claim once, with no overlap, while an ingest writes between pages (sort=${sort})`, async ({ request }) => {
      const before = (await (await request.get(`/api/claims?sort=${sort}&pageSize=500`)).json()) as Page;
      const expected = before.claims.map((c) => c.id);
      expect(expected.length).toBe(before.total);
      const db = new Database(E2E_DATABASE);
      db.pragma("foreign_keys = ON");
      try {
        const seen: number[] = [];
        let url: string | null = `/api/claims?sort=${sort}&pageSize=4`;
        for (let n = 0; url; n++) {
          const page = (await (await request.get(url)).json()) as Page;
          seen.push(...page.claims.map((c) => c.id));
          url = page.next;
          storeLateArticle(db, n);
        }
        expect(new Set(seen).size).toBe(seen.length);
        const old = new Set(expected);
        expect(seen.filter((id) => old.has(id))).toEqual(expected);
      } finally {
        db.prepare(`DELETE FROM "Article" WHERE "fileName" LIKE 'late-%'`).run();
        db.close();
      }
    });
  }

  test("refuses a cursor it did not give, or one from another order", async ({ request }) => {
    const first = (await (await request.get("/api/claims?pageSize=2")).json()) as Page;
    expect(first.next).toMatch(/cursor=/);
    const cursor = new URL(first.next!, "http://x").searchParams.get("cursor")!;
    for (const url of ["/api/claims?cursor=nonsense", `/api/claims?sort=value&cursor=${cursor}`]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      expect((await response.json()).error).toMatchObject({ code: "invalid_parameter", parameter: "cursor" });
    }
  });

  test("counts each facet's options under the other filters", async ({ request }) => {
    const body = (await (await request.get("/api/claims?source=gur&facet=category&facet=source")).json()) as Page & { facets: Record<string, { value: string | null; count: number }[]>; facetSample: number | null };
    // The seeds hold far fewer claims than a sample: the counts are exact, and say so.
    expect(body.facetSample).toBeNull();
    const sum = body.facets.category!.reduce((n, c) => n + c.count, 0);
    expect(sum).toBe(body.total);
    const gur = body.facets.source!.find((s) => s.value === "gur")!;
    expect(gur.count).toBe(body.total);
    expect((await request.get("/api/claims?facet=weather")).status()).toBe(400);
  });
});

test.describe("JSON twins and the API's description", () => {
  test("articles, an article and the sources have their JSON", async ({ request }) => {
    const list = (await (await request.get("/api/articles?q=Etats")).json()) as { articles: { id: number }[]; total: number };
    expect(list.total).toBeGreaterThan(0);
    const one = (await (await request.get(`/api/articles/${list.articles[0]!.id}`)).json()) as { article: { text: string }; claims: { start: number; end: number; quote: string }[] };
    for (const c of one.claims) expect(one.article.text.slice(c.start, c.end)).toBe(c.quote);
    const sources = (await (await request.get("/api/sources")).json()) as { sources: { id: string }[] };
    expect(sources.sources.map((s) => s.id)).toContain("gur");
    expect((await request.get("/api/articles/0")).status()).toBe(404);
    expect((await request.get("/api/articles?page=zero")).status()).toBe(400);
  });

  test("/api/openapi.json names the routes, and /api-docs lists them", async ({ request, page }) => {
    const doc = (await (await request.get("/api/openapi.json")).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    for (const path of ["/api/claims", "/api/claims/{id}", "/api/articles", "/api/articles/{id}", "/api/sources", "/api/export"]) expect(Object.keys(doc.paths)).toContain(path);
    await page.goto("/api-docs");
    await expect(page.getByRole("table", { name: "Endpoints" }).getByRole("row")).toHaveCount(Object.values(doc.paths).reduce<number>((n, ops) => n + Object.keys(ops as object).length, 0) + 1);
  });
});
