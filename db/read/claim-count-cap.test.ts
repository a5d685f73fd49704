// Past COUNT_CAP matching claims a page stops counting and says so: the total
// is then a lower bound (`totalIsLowerBound`), never a wrong exact figure. The
// count from the kept facet counts stays exact, and the last page, which has
// read every row, knows the exact total.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimFiltersSchema } from "../../lib/filters/claim-filters";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";
import type { SqliteDatabase } from "../sqlite";
import type * as Claims from "./claims";

const CLAIMS = 10_060;
const RARE = 30;

let temp: TempDatabase;
let writer: SqliteDatabase;
let read: typeof Claims & { closeReaders: () => void };

const page = (params: Record<string, string>) => read.fetchClaimsPage(claimFiltersSchema.parse(params));
const explorer = (params: Record<string, string>) => read.fetchExplorerPage(claimFiltersSchema.parse(params));

beforeAll(async () => {
  temp = await createTempDatabase();
  process.env.DATABASE_URL = temp.url;
  const [{ openSqlite }, { insertRows }, claims, { closeReaders }] = await Promise.all([import("../sqlite"), import("../write/bulk-insert"), import("./claims"), import("./reader")]);
  read = { ...claims, closeReaders };
  writer = openSqlite();
  const { lastInsertRowid } = writer
    .prepare(`INSERT INTO "Article" ("fileName", "title", "language", "dateSource", "text", "contentHash", "byteLength") VALUES ('a.txt', 'A', 'fr', 'given', 'x', 'h', 1)`)
    .run();
  insertRows(
    writer,
    "Claim",
    Array.from({ length: CLAIMS }, (_, i) => ({
      articleId: Number(lastInsertRowid), quote: i < RARE ? "des soldats coréens à Koursk" : "des soldats coréens", start: 0, end: 1, qualifier: "exact", unit: "soldiers",
      category: "deployed", measure: "soldats", stance: "asserts", valueBest: i, dateForSort: `2024-10-${String((i % 28) + 1).padStart(2, "0")}`,
    })),
  );
}, 60_000);

afterAll(() => {
  read?.closeReaders();
  writer?.close();
  temp?.remove();
});

describe("a count past the cap", () => {
  it("is a lower bound for a common word, in the API's page and the explorer's", async () => {
    expect(read.COUNT_CAP).toBeLessThan(CLAIMS);
    expect(await page({ q: "Coreens" })).toMatchObject({ total: read.COUNT_CAP, totalIsLowerBound: true });
    const first = await explorer({ q: "coreens" });
    expect(first).toMatchObject({ total: read.COUNT_CAP, totalIsLowerBound: true });
    expect(first.claims).toHaveLength(25);
  });

  it("is a lower bound for a filter counted from the claims (a figure range)", async () => {
    expect(await page({ min: "1" })).toMatchObject({ total: read.COUNT_CAP, totalIsLowerBound: true });
    expect(await page({ max: "20000", sort: "value" })).toMatchObject({ total: read.COUNT_CAP, totalIsLowerBound: true });
  });

  it("stays exact where it is cheap or small", async () => {
    expect(await page({})).toMatchObject({ total: CLAIMS, totalIsLowerBound: false });
    expect(await page({ q: "koursk" })).toMatchObject({ total: RARE, totalIsLowerBound: false });
    expect(await page({ q: "coreens", min: String(CLAIMS - 5) })).toMatchObject({ total: 5, totalIsLowerBound: false });
  });

  it("grows with the pages read past the cap, and is exact on the last page", async () => {
    const deep = await explorer({ q: "coreens", page: "401", pageSize: "25" });
    expect(deep).toMatchObject({ total: 401 * 25, totalIsLowerBound: true });
    const last = await explorer({ q: "coreens", page: String(Math.ceil(CLAIMS / 25)), pageSize: "25" });
    expect(last).toMatchObject({ total: CLAIMS, totalIsLowerBound: false });
    expect(last.claims).toHaveLength(CLAIMS % 25 || 25);
  });
});
