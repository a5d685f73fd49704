// The HTTP API's contract, checked against the server the other specs use (a
// fresh database with the seed articles). Claim counts change as extraction
// improves, so these tests compare endpoints with each other, not with numbers.
import { expect, test, type APIRequestContext } from "@playwright/test";

const CLAIM_KEYS = ["id", "article", "question", "file", "quote", "start", "end", "mentions", "value", "qualifier", "unit", "category", "measure", "scope", "subject", "source", "asOf", "asOfPrecision", "stance", "review"];

interface ApiClaim {
  id: number;
  source: { id: string; name: string } | null;
  value: { low: number | null; best: number | null; high: number | null };
  asOf: string | null;
}
interface ClaimsPage {
  claims: ApiClaim[];
  total: number;
  page: number;
  pageSize: number;
}

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), `${url}: ${await response.text()}`).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  return (await response.json()) as T;
}

test.describe("GET /api/claims", () => {
  test("answers claims in the contract's shape with the total", async ({ request }) => {
    const body = await getJson<ClaimsPage>(request, "/api/claims");
    expect(body).toMatchObject({ page: 1, pageSize: 25 });
    expect(body.total).toBeGreaterThan(0);
    expect(body.claims.length).toBe(Math.min(body.total, 25));
    for (const claim of body.claims) expect(Object.keys(claim).sort()).toEqual([...CLAIM_KEYS].sort());
  });

  test("filters by source", async ({ request }) => {
    const all = await getJson<ClaimsPage>(request, "/api/claims?pageSize=500");
    const gur = await getJson<ClaimsPage>(request, "/api/claims?source=gur&pageSize=500");
    expect(gur.total).toBeGreaterThan(0);
    if (all.total <= 500) expect(gur.total).toBe(all.claims.filter((c) => c.source?.id === "gur").length);
    for (const claim of gur.claims) expect(claim.source?.id).toBe("gur");
  });

  test("pages do not overlap and keep the sort order", async ({ request }) => {
    const all = await getJson<ClaimsPage>(request, "/api/claims?sort=value&pageSize=500");
    test.skip(all.total < 4, "needs at least four claims");
    const first = await getJson<ClaimsPage>(request, "/api/claims?sort=value&pageSize=2&page=1");
    const second = await getJson<ClaimsPage>(request, "/api/claims?sort=value&pageSize=2&page=2");
    expect(first.claims).toHaveLength(2);
    expect(second.claims).toHaveLength(2);
    const ids = [...first.claims, ...second.claims].map((c) => c.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids).toEqual(all.claims.slice(0, 4).map((c) => c.id));
  });

  test("reads agency ids whatever their case, and refuses an unknown one with a 400", async ({ request }) => {
    const lower = await getJson<ClaimsPage>(request, "/api/claims?source=gur&pageSize=500");
    const upper = await getJson<ClaimsPage>(request, "/api/claims?source=GUR&pageSize=500");
    expect(upper.total).toBeGreaterThan(0);
    expect(upper.claims.map((c) => c.id)).toEqual(lower.claims.map((c) => c.id));
    for (const url of ["/api/claims?source=zzz", "/api/export?source=zzz"]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      const { error } = await response.json();
      expect(error).toMatchObject({ code: "invalid_parameter", parameter: "source" });
      expect(error.message).toContain("zzz");
      expect(error.message).toContain("gur");
    }
  });

  test("refuses an unknown sort with a 400 that names it", async ({ request }) => {
    const response = await request.get("/api/claims?sort=badcolumn");
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: "invalid_parameter", parameter: "sort" });
    expect(error.allowed).toContain("-date");
    expect(error.message).not.toMatch(/at \w+ \(/); // no stack trace
  });

  test("ignores parameters it does not know", async ({ request }) => {
    const plain = await getJson<ClaimsPage>(request, "/api/claims");
    const extra = await getJson<ClaimsPage>(request, "/api/claims?utm_source=newsletter");
    expect(extra.total).toBe(plain.total);
  });
});

test.describe("GET /api/questions", () => {
  interface ApiRelation {
    type: string;
    claims: number[];
    explanation: string;
  }
  interface ApiQuestion {
    id: string;
    label: string;
    claimCount: number;
    claimsUrl: string;
    relationCounts: Record<string, number>;
    claims: ApiClaim[];
    relations: ApiRelation[];
  }
  interface OwnQuestion extends ApiQuestion {
    claimsPage: { page: number; pageSize: number; total: number; next: string | null };
    relatedClaims: ApiClaim[];
  }
  const LIST_CLAIMS = 5;
  const LIST_RELATIONS_PER_TYPE = 3;

  test("lists questions with their latest claims, sources, spread and relations", async ({ request }) => {
    const body = await getJson<{ questions: ApiQuestion[]; total: number; page: number; pageSize: number }>(request, "/api/questions?pageSize=100");
    expect(body.total).toBeGreaterThan(0);
    for (const question of body.questions) {
      expect(question).toEqual(expect.objectContaining({ id: expect.any(String), label: expect.any(String), unit: expect.any(String) }));
      for (const key of ["category", "sources", "spread", "consensus", "conflictScore", "relations", "relationCounts", "claims", "claimCount"]) expect(question).toHaveProperty(key);
      expect(question.claimsUrl).toBe(`/api/questions/${encodeURIComponent(question.id)}`);
      expect(question.claims.length).toBe(Math.min(question.claimCount, LIST_CLAIMS));
      for (const claim of question.claims) expect(Object.keys(claim).sort()).toEqual([...CLAIM_KEYS].sort());
      for (const relation of question.relations) {
        expect(relation).toEqual({ type: expect.any(String), claims: expect.any(Array), explanation: expect.any(String) });
        expect(relation.claims.length).toBeGreaterThan(0);
      }
      for (const [type, count] of Object.entries(question.relationCounts)) {
        expect(question.relations.filter((r) => r.type === type).length).toBeLessThanOrEqual(Math.min(count, LIST_RELATIONS_PER_TYPE));
      }
    }
    expect(body.questions.some((q) => q.relations.length > 0)).toBe(true);
  });

  test("gives one question with the list's claims first, every claim a page at a time, and every relation", async ({ request }) => {
    const list = await getJson<{ questions: ApiQuestion[] }>(request, "/api/questions?pageSize=100");
    const listed = list.questions.reduce((a, b) => (b.claimCount > a.claimCount ? b : a));
    test.skip(listed.claimCount < 3, "needs a question of three claims");
    const one = await getJson<OwnQuestion>(request, listed.claimsUrl);
    expect(one.id).toBe(listed.id);
    expect(one.claims.slice(0, listed.claims.length).map((c) => c.id)).toEqual(listed.claims.map((c) => c.id));
    expect(one.claimsPage).toMatchObject({ page: 1, total: listed.claimCount });
    for (const claim of [...one.claims, ...one.relatedClaims]) expect(Object.keys(claim).sort()).toEqual([...CLAIM_KEYS].sort());
    for (const relation of listed.relations) expect(one.relations).toContainEqual(relation);

    const ids: number[] = [];
    let next: string | null = `${listed.claimsUrl}?pageSize=2`;
    while (next) {
      const page: OwnQuestion = await getJson<OwnQuestion>(request, next);
      expect(page.claims.length).toBeLessThanOrEqual(2);
      ids.push(...page.claims.map((c) => c.id));
      next = page.claimsPage.next;
    }
    expect(ids.slice(0, one.claims.length)).toEqual(one.claims.map((c) => c.id));
    expect(new Set(ids).size).toBe(listed.claimCount);
    expect(ids).toHaveLength(listed.claimCount);
  });

  test("refuses a bad page size for one question's claims with a 400 that names it", async ({ request }) => {
    const list = await getJson<{ questions: ApiQuestion[] }>(request, "/api/questions?pageSize=1");
    const response = await request.get(`${list.questions[0]!.claimsUrl}?pageSize=0`);
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "invalid_parameter", parameter: "pageSize" });
  });

  test("answers 404 JSON for an unknown question", async ({ request }) => {
    const response = await request.get("/api/questions/does-not-exist");
    expect(response.status()).toBe(404);
    expect((await response.json()).error).toMatchObject({ code: "not_found", message: expect.stringContaining("does-not-exist") });
  });

  test("refuses a bad category with a 400 that names it", async ({ request }) => {
    const response = await request.get("/api/questions?category=weather");
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "invalid_parameter", parameter: "category" });
  });
});

test.describe("GET /api/export", () => {
  test("CSV has the BOM, CRLF lines and one row per claim the API counts", async ({ request }) => {
    const { total } = await getJson<ClaimsPage>(request, "/api/claims?source=gur");
    const response = await request.get("/api/export?format=csv&source=gur");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="triangulate-claims-source-gur-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.startsWith("id,question,question_label,source_id,source,figure_as_stated,value_low,value_best,value_high,")).toBe(true);
    // A line end inside a quoted cell is not a row end: count rows by their id column.
    const rows = text.split("\r\n").slice(1).filter((line) => /^\d+,/.test(line));
    expect(rows).toHaveLength(total);
  });

  test("each CSV row carries the question's label, the figure as stated, the article's date note, and 'own reporting' for an article's own voice", async ({ request }) => {
    const text = (await (await request.get("/api/export?format=csv")).body()).toString("utf8");
    const lines = text.split("\r\n");
    const header = lines[0]!.replace(/^\uFEFF/, "").split(",");
    for (const column of ["question_label", "figure_as_stated", "article_url", "date_note"]) expect(header).toContain(column);
    expect(lines.some((line) => line.includes(",North Korean troops in Russia,") && line.includes(",gur,") && line.includes("several thousand (2,000–9,999)"))).toBe(true);
    expect(lines.some((line) => /^\d+,[^,]*,[^,]*,,own reporting,/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes("No date in the text."))).toBe(true);
  });

  test("exports all pages in the API's order, ignoring page and pageSize", async ({ request }) => {
    const api = await getJson<ClaimsPage>(request, "/api/claims?sort=-value&pageSize=500");
    const exported = await getJson<{ claims: ApiClaim[]; total: number; filters: { sort: string } }>(request, "/api/export?format=json&sort=-value&page=2&pageSize=1");
    expect(exported.total).toBe(api.total);
    expect(exported.claims.map((c) => c.id)).toEqual(api.claims.map((c) => c.id));
    expect(exported.filters.sort).toBe("-value");
    expect(exported.claims[0]).toEqual(api.claims[0]);
  });

  test("XLSX is a spreadsheet", async ({ request }) => {
    const response = await request.get("/api/export?format=xlsx&source=gur");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers()["content-disposition"]).toMatch(/filename="triangulate-claims-source-gur-[\d-]+\.xlsx"/);
    expect((await response.body()).subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  });

  test("refuses an unknown format with a 400 naming format and what it accepts", async ({ request }) => {
    const response = await request.get("/api/export?format=pdf");
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "invalid_parameter", parameter: "format", allowed: "one of csv, json, xlsx" });
  });

  test("refuses a bad filter as /api/claims does", async ({ request }) => {
    const response = await request.get("/api/export?format=csv&min=lots");
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "invalid_parameter", parameter: "min" });
  });
});
