// The explorer's reads against a real SQLite file: iterateExportRows batch by
// batch, and fetchClaimsPage page by page, must each give exactly the rows of
// one query in the explorer's order, nulls and ties included.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../../test/run-cli";
import type { prisma as Prisma } from "../client";
import type { claimOrder as ClaimOrder, claimWhere as ClaimWhere } from "./claim-where";
import type { fetchClaimsPage as FetchClaimsPage } from "./claims";
import type { iterateExportRows as IterateExportRows } from "./export-rows";
import { CLAIM_SORTS, claimFiltersSchema } from "../../lib/filters/claim-filters";

let dir: string;
// Imported once DATABASE_URL names the test file: the client reads it on import.
let modules: {
  prisma: typeof Prisma;
  iterateExportRows: typeof IterateExportRows;
  claimWhere: typeof ClaimWhere;
  claimOrder: typeof ClaimOrder;
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
  const [{ prisma }, { iterateExportRows }, { claimWhere, claimOrder }, { fetchClaimsPage }] = await Promise.all([
    import("../client"),
    import("./export-rows"),
    import("./claim-where"),
    import("./claims"),
  ]);
  modules = { prisma, iterateExportRows, claimWhere, claimOrder, fetchClaimsPage };
  const article = await prisma.article.create({
    data: { fileName: "a.txt", title: "A", language: "en", dateSource: "given", text: "x", contentHash: "h", byteLength: 1 },
  });
  await prisma.source.createMany({ data: [{ id: "gur", name: "GUR", kind: "intelligence" }, { id: "nis", name: "NIS", kind: "intelligence" }] });
  // Few distinct values and many nulls, so that batches end inside ties and inside the null segment.
  await prisma.claim.createMany({
    data: Array.from({ length: 40 }, (_, i) => ({
      articleId: article.id,
      quote: `claim ${i}`,
      start: 0,
      end: 1,
      qualifier: "exact",
      unit: "soldiers",
      category: "deployed",
      measure: "troops",
      stance: "asserts",
      sourceId: pick(["gur", "nis", null], i),
      sourceName: pick(["GUR", "NIS", null, "GUR"], i),
      outlet: pick(["Le Monde", null, "BBC"], i),
      valueBest: pick([10, null, 3000, 10, -5, null], i),
      dateForSort: pick(["2024-10", null, "2024-10-23", "2024-10", "2024"], i),
    })),
  });
});

afterAll(async () => {
  await modules?.prisma.$disconnect();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function exportedIds(params: Record<string, string | string[]>, batchSize: number) {
  const ids: number[] = [];
  for await (const batch of modules.iterateExportRows(claimFiltersSchema.parse(params), batchSize)) {
    expect(batch.length).toBeLessThanOrEqual(batchSize);
    ids.push(...batch.map((item) => item.claim.id));
  }
  return ids;
}

async function explorerIds(params: Record<string, string | string[]>) {
  const filters = claimFiltersSchema.parse(params);
  const rows = await modules.prisma.claim.findMany({ where: modules.claimWhere(filters), orderBy: modules.claimOrder(filters.sort), select: { id: true } });
  return rows.map((r) => r.id);
}

describe("iterateExportRows", () => {
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

  it("yields nothing when nothing matches", async () => {
    expect(await exportedIds({ source: ["nobody"] }, 5)).toEqual([]);
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
});
