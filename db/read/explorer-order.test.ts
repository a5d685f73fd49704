// The explorer's reads against a real SQLite file: the exports batch by
// batch, fetchClaimsPage page by page and after each `next` position, must
// each give exactly the rows of one page holding everything, in the
// explorer's order, nulls and ties included.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../../test/run-cli";
import type { prisma as Prisma } from "../client";
import type { fetchClaimsPage as FetchClaimsPage } from "./claims";
import type * as ExportRows from "./export-rows";
import { CLAIM_SORTS, claimFiltersSchema } from "../../lib/filters/claim-filters";
import { figureAsStated } from "../../lib/format/figure-as-stated";

let dir: string;
// Imported once DATABASE_URL names the test file: the client reads it on import.
let modules: {
  prisma: typeof Prisma;
  exportRows: typeof ExportRows;
  fetchClaimsPage: typeof FetchClaimsPage;
};

const pick = <T>(options: T[], i: number) => options[i % options.length] as T;

beforeAll(async () => {
  // Migrated in a child process: the in-process schema engine keeps the file locked.
  dir = mkdtempSync(path.join(tmpdir(), "triangulate-export-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const migrated = runScript("scripts/db/migrate.ts", [], url);
  expect(migrated.code, migrated.stderr).toBe(0);
  process.env.DATABASE_URL = url;
  const [{ prisma }, exportRows, { fetchClaimsPage }] = await Promise.all([import("../client"), import("./export-rows"), import("./claims")]);
  modules = { prisma, exportRows, fetchClaimsPage };
  const article = await prisma.article.create({
    data: { fileName: "a.txt", title: "A", language: "en", dateSource: "given", text: "x", contentHash: "h", byteLength: 1 },
  });
  const second = await prisma.article.create({
    data: { fileName: "b.txt", title: "B", language: "fr", dateSource: "given", text: "y", contentHash: "h2", byteLength: 1 },
  });
  await prisma.question.create({ data: { id: "deployed|soldiers", label: "Soldiers deployed", category: "deployed", unit: "soldiers" } });
  await prisma.source.createMany({ data: [{ id: "gur", name: "GUR", kind: "intelligence" }, { id: "nis", name: "NIS", kind: "intelligence" }] });
  // Few distinct values and many nulls, so that batches end inside ties and inside the null segment.
  await prisma.claim.createMany({
    data: Array.from({ length: 40 }, (_, i) => ({
      articleId: pick([article.id, second.id], i),
      quote: pick(["claim 10% of troops", "a snake_case word", "Plain words", "GUR said 11,000"], i),
      start: 0,
      end: 1,
      qualifier: "exact",
      unit: "soldiers",
      category: pick(["deployed", "casualties", "materiel"], i),
      measure: pick(["troops", "killed or wounded", "shells"], i),
      questionId: pick(["deployed|soldiers", null], i),
      stance: "asserts",
      sourceId: pick(["gur", "nis", null], i),
      sourceName: pick(["GUR", "NIS", null, "GUR"], i),
      outlet: pick(["Le Monde", null, "BBC"], i),
      valueBest: pick([10, null, 3000, 10, -5, null], i),
      valueLow: pick([null, 2000, 8, null, 4000], i),
      valueHigh: pick([null, 5000, 12, null, 9000, 20], i),
      dateForSort: pick(["2024-10", null, "2024-10-23", "2024-10", "2024"], i),
    })),
  });
});

afterAll(async () => {
  await modules?.prisma.$disconnect();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function collectBatches<T>(batches: AsyncIterable<T[]>, batchSize: number) {
  const items: T[] = [];
  for await (const batch of batches) {
    expect(batch.length).toBeLessThanOrEqual(batchSize);
    items.push(...batch);
  }
  return items;
}

/** The ids both exports give (the JSON one's claims, the spreadsheet one's first cell), checked to agree. */
async function exportedIds(params: Record<string, string | string[]>, batchSize: number) {
  const filters = claimFiltersSchema.parse(params);
  const claims = await collectBatches(modules.exportRows.iterateExportClaims(filters, batchSize), batchSize);
  const rows = await collectBatches(modules.exportRows.iterateExportCells(filters, batchSize), batchSize);
  const ids = claims.map((claim) => claim.id);
  expect(rows.map((cells) => cells[0])).toEqual(ids);
  return ids;
}

/** One page holding every match: what the explorer and the API show. */
async function explorerIds(params: Record<string, string | string[]>) {
  const page = await modules.fetchClaimsPage(claimFiltersSchema.parse({ ...params, pageSize: "500" }));
  expect(page.total).toBe(page.claims.length);
  return page.claims.map((c) => c.id);
}

describe("the exports", () => {
  it.each(CLAIM_SORTS)("gives the explorer's rows in the explorer's order when sorted by %s", async (sort) => {
    const expected = await explorerIds({ sort });
    expect(expected).toHaveLength(40);
    for (const batchSize of [1, 3, 7, 40, 1000]) expect(await exportedIds({ sort }, batchSize)).toEqual(expected);
  });

  it("applies the filters and ignores page and pageSize", async () => {
    const params = { source: ["gur"], sort: "value", page: "3", pageSize: "2" };
    const expected = await explorerIds({ source: ["gur"], sort: "value" });
    expect(expected.length).toBeGreaterThan(2);
    expect(await exportedIds(params, 4)).toEqual(expected);
  });

  // The export reads through a cursor of its own: every filter must select what the explorer's page selects.
  it.each([
    { source: ["gur", "nis"] },
    { question: "deployed|soldiers", sort: "value" },
    { category: "casualties", sort: "source" },
    { outlet: "BBC" },
    { article: "2", sort: "outlet" },
    { from: "2024-10", to: "2024-10" },
    { from: "2024-10-23", sort: "date" },
    { to: "2024" },
    { min: "3000" },
    { max: "10", sort: "-value" },
    { min: "9", max: "4500" },
    { q: "gur" },
    { q: "10%" },
    { q: "snake" },
    { q: "killed", source: ["nis"], sort: "date" },
    { ownVoice: "true" },
    { ownVoice: "false", sort: "value" },
    { language: "fr", sort: "source" },
    { unit: "soldiers", ownVoice: "yes", language: "en" },
  ] as Record<string, string | string[]>[])("selects the explorer's claims for %j", async (params) => {
    const expected = await explorerIds(params);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(40);
    expect(await exportedIds(params, 3)).toEqual(expected);
  });

  it("takes the search text literally, in the export and the API alike", async () => {
    // Words match whole or as a beginning, blind to case; text without a word matches as typed.
    for (const q of ["10%", "snake_case", "SNAKE_CASE", "%", "gur said", "plain wor"]) {
      expect(await exportedIds({ q }, 10), q).toHaveLength(10);
      expect(await explorerIds({ q }), q).toHaveLength(10);
    }
    // Operators of the index's query language are words like any other.
    const expected: [string, number][] = [['"', 0], ["*", 0], ["NOT plain", 0], ["quote:plain", 0], ["(plain", 10], ["plain OR snake", 0], ["plain*", 10]];
    for (const [q, count] of expected) expect(await explorerIds({ q }), q).toHaveLength(count);
  });

  it("closes its connection when the reader stops early", async () => {
    const batches = modules.exportRows.iterateExportCells(claimFiltersSchema.parse({}), 5);
    await batches.next();
    await batches.return(undefined);
    // A connection left inside its read would still hold the file: a write would wait, then fail.
    await modules.prisma.source.create({ data: { id: "isw", name: "ISW", kind: "think tank" } });
    expect(await exportedIds({}, 100)).toHaveLength(40);
  });

  it("flattens each claim into the spreadsheet columns as the JSON export gives it", async () => {
    const filters = claimFiltersSchema.parse({});
    const claims = await collectBatches(modules.exportRows.iterateExportClaims(filters, 100), 100);
    const rows = await collectBatches(modules.exportRows.iterateExportCells(filters, 100), 100);
    const articles = new Map((await modules.prisma.article.findMany()).map((a) => [a.id, a]));
    const labels = new Map((await modules.prisma.question.findMany()).map((q) => [q.id, q.label]));
    expect(rows).toEqual(
      claims.map((c) => [
        c.id, c.question, c.question === null ? null : (labels.get(c.question) ?? null), c.source?.id ?? null, c.source?.name ?? "own reporting",
        figureAsStated({ ...c.value, qualifier: c.qualifier, stance: c.stance }), c.value.low, c.value.best, c.value.high, c.qualifier, c.unit,
        c.category, c.measure, c.asOf, c.asOfPrecision, c.stance, pick(["Le Monde", null, "BBC"], c.id - 1), c.article, c.file,
        articles.get(c.article)!.title, articles.get(c.article)!.url, articles.get(c.article)!.published, articles.get(c.article)!.dateNote, c.quote, c.start, c.end,
        // No decision changed these claims: the machine's columns repeat the claim's own.
        c.review.status, c.review.rejectReason, c.value.low, c.value.best, c.value.high, c.source?.id ?? null, c.source?.name ?? "own reporting",
      ]),
    );
    // A source known only by its id is shown by its id, never as an empty cell.
    expect(rows.some((cells) => cells[3] === "gur" && cells[4] === "gur")).toBe(true);
  });

  it("yields nothing when nothing matches", async () => {
    expect(await exportedIds({ source: ["nobody"] }, 5)).toEqual([]);
  });
});

describe("an export during an ingest", () => {
  it("reads the database as it was when the export began, and does not hold up the writer", async () => {
    const { openSqlite } = await import("../sqlite");
    const writer = openSqlite(); // switches the file to WAL, as an ingest does
    try {
      const batches = modules.exportRows.iterateExportCells(claimFiltersSchema.parse({}), 5);
      const first = await batches.next();
      expect(first.value).toHaveLength(5);
      writer
        .prepare(`INSERT INTO "Claim" ("articleId", "quote", "start", "end", "qualifier", "unit", "category", "measure", "stance", "dateForSort") VALUES (1, 'late', 0, 1, 'exact', 'soldiers', 'deployed', 'troops', 'asserts', NULL)`)
        .run();
      let rest = 0;
      for await (const batch of batches) rest += batch.length;
      expect(5 + rest).toBe(40);
      expect(await exportedIds({}, 100)).toHaveLength(41);
    } finally {
      writer.prepare(`DELETE FROM "Claim" WHERE "quote" = 'late'`).run();
      writer.close();
    }
  });
});

describe("fetchClaimsPage", () => {
  it.each(CLAIM_SORTS)("pages through the same order as one query, sorted by %s", async (sort) => {
    const expected = await explorerIds({ sort });
    const paged: number[] = [];
    for (let page = 1; page <= 6; page++) {
      const result = await modules.fetchClaimsPage(claimFiltersSchema.parse({ sort, page: String(page), pageSize: "7" }));
      expect(result.total).toBe(40);
      paged.push(...result.claims.map((c) => c.id));
    }
    expect(paged).toEqual(expected);
  });

  // Pages past the middle of an exact count are read from the end of the order backwards.
  it.each([
    { source: ["gur"], sort: "value" },
    { min: "9", sort: "-value" },
    { q: "gur", sort: "outlet" },
    { category: "casualties", sort: "date" },
    { ownVoice: "true", sort: "source" },
  ] as Record<string, string | string[]>[])("gives every page of %j, the last ones read from the end, as one query does", async (params) => {
    const expected = await explorerIds(params);
    const pageSize = 3;
    const pages = Math.ceil(expected.length / pageSize);
    const paged: number[] = [];
    for (let page = 1; page <= pages + 1; page++) {
      const result = await modules.fetchClaimsPage(claimFiltersSchema.parse({ ...params, page: String(page), pageSize: String(pageSize) }));
      expect(result.total).toBe(expected.length);
      expect(result.next === null, `page ${page}`).toBe(page >= pages);
      paged.push(...result.claims.map((c) => c.id));
    }
    expect(paged).toEqual(expected);
  });

  it.each(CLAIM_SORTS)("walks the same order by next positions, sorted by %s", async (sort) => {
    const expected = await explorerIds({ sort });
    const walked: number[] = [];
    let page = await modules.fetchClaimsPage(claimFiltersSchema.parse({ sort, pageSize: "6" }));
    walked.push(...page.claims.map((c) => c.id));
    while (page.next) {
      page = await modules.fetchClaimsPage(claimFiltersSchema.parse({ sort, pageSize: "6" }), page.next);
      walked.push(...page.claims.map((c) => c.id));
    }
    expect(walked).toEqual(expected);
  });
});

describe("facet counts", () => {
  // The first two are counted from the kept counts (ClaimFacet), the others from the claims a search or a figure selects.
  const bases: Record<string, string | string[]>[] = [{ language: "en" }, { category: "deployed", source: ["gur"] }, { q: "GUR" }, { min: "10", outlet: "Le Monde" }];
  it.each(bases)("give for each option the number of claims that option selects with the other filters (%o)", async (base) => {
    const { fetchFacetCounts } = await import("./facets");
    const { counts: facets, sample } = fetchFacetCounts(claimFiltersSchema.parse(base));
    expect(sample).toBeNull();
    const param = { source: "source", category: "category", outlet: "outlet", question: "question", stance: "stance", language: "language" } as const;
    for (const [facet, counts] of Object.entries(facets)) {
      expect(counts.length, facet).toBeGreaterThan(0);
      for (const { value, count } of counts) {
        if (value === null) continue; // "none" has no filter of its own but ownVoice, checked below
        const params = { ...base, [param[facet as keyof typeof param]]: facet === "source" ? [value] : value };
        expect(await explorerIds(params), `${facet}=${value}`).toHaveLength(count);
      }
    }
    const ownVoice = facets.source!.find((c) => c.value === null)?.count ?? 0;
    expect(await explorerIds({ ...base, source: [], ownVoice: "true" })).toHaveLength(ownVoice);
  });

  it("follow a write, though a search's counts and total are kept between two writes", async () => {
    const { fetchFacetCounts } = await import("./facets");
    const { openSqlite } = await import("../sqlite");
    const filters = claimFiltersSchema.parse({ q: "GUR" });
    const gurCount = () => fetchFacetCounts(filters).counts.source!.find((c) => c.value === "gur")?.count ?? 0;
    const before = { facet: gurCount(), total: (await modules.fetchClaimsPage(filters)).total };
    expect(gurCount()).toBe(before.facet);
    const writer = openSqlite();
    try {
      writer
        .prepare(`INSERT INTO "Claim" ("articleId", "quote", "start", "end", "qualifier", "unit", "category", "measure", "stance", "sourceId", "dateForSort") VALUES (1, 'GUR late', 0, 1, 'exact', 'soldiers', 'deployed', 'troops', 'asserts', 'gur', NULL)`)
        .run();
      expect(gurCount()).toBe(before.facet + 1);
      expect((await modules.fetchClaimsPage(filters)).total).toBe(before.total + 1);
    } finally {
      writer.prepare(`DELETE FROM "Claim" WHERE "quote" = 'GUR late'`).run();
      writer.close();
    }
    expect(gurCount()).toBe(before.facet);
  });

  // Beyond the sample's size, the filters ClaimFacet has no column for (a search, a figure) are counted in their latest matches only.
  const sampled: { base: Record<string, string | string[]>; other: Record<string, string | string[]> }[] = [
    { base: { q: "GUR" }, other: { q: "GUR" } },
    { base: { min: "10", outlet: "Le Monde" }, other: { min: "10" } },
  ];
  it.each(sampled)("count the options in the latest claims the other filters select, and say so, when more match than the sample holds (%o)", async ({ base, other }) => {
    const { fetchFacetCounts } = await import("./facets");
    const size = 4;
    const matches = await explorerIds(other);
    expect(matches.length).toBeGreaterThan(size);
    const latest = [...matches].sort((a, b) => b - a).slice(0, size);
    const { counts, sample } = fetchFacetCounts(claimFiltersSchema.parse(base), undefined, size);
    expect(sample).toBe(size);
    const param = { source: "source", category: "category", outlet: "outlet", question: "question", stance: "stance", language: "language" } as const;
    let checked = 0;
    for (const [facet, options] of Object.entries(counts)) {
      for (const { value, count } of options) {
        if (value === null) continue;
        const ids = await explorerIds({ ...base, [param[facet as keyof typeof param]]: facet === "source" ? [value] : value });
        expect(count, `${facet}=${value}`).toBe(latest.filter((id) => ids.includes(id)).length);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(fetchFacetCounts(claimFiltersSchema.parse(base), undefined, matches.length).sample).toBeNull();
  });
});
