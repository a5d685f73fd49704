// Merging the full-text indexes changes how they are stored, never what a
// search finds: on a real SQLite file written in several transactions (one
// segment each), every search gives the same rows, in the same order, before
// and after the merge, and by each of the plans a search can be read by.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedClaim } from "../../lib/claims/claim";
import { claimFiltersSchema } from "../../lib/filters/claim-filters";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";
import type { SqliteDatabase } from "../sqlite";
import type * as ClaimsModule from "../read/claims";
import type * as WhereModule from "../read/claim-where";
import type * as MergeModule from "./search-index";
import type { storeArticles as StoreArticles } from "./store-article";

let temp: TempDatabase;
let writer: SqliteDatabase;
let claims: typeof ClaimsModule;
let where: typeof WhereModule;
let merge: typeof MergeModule;
let closeReaders: () => void;
let storeArticles: typeof StoreArticles;

const SENTENCES = [
  "Selon Kyiv, 11 000 soldats nord-coréens sont déployés près de Koursk.",
  "The Pentagon said 12,000 North Korean troops were killed or wounded.",
  "Le GUR estime que 3 000 soldats coréens ont été tués.",
  "Reuters reported 500 troops crossed near Kursk on Monday.",
  "D'après l'état-major, 40 000 soldats sont engagés.",
];

function claimOf(text: string): ExtractedClaim {
  return {
    file: "x.txt", quote: text, start: 0, end: text.length, mentions: [], value: { low: null, best: 1000, high: null }, qualifier: "exact",
    unit: "soldiers", category: "deployed", measure: "soldats", scope: { place: null, group: null, state: null }, subject: null,
    source: null, asOf: null, asOfPrecision: null, stance: "asserts",
  };
}

/** Three transactions of articles, so that each index is stored in several segments. */
function storeInBatches() {
  let n = 0;
  for (let batch = 0; batch < 3; batch++) {
    const articles = Array.from({ length: 4 }, () => {
      n++;
      const text = `${SENTENCES[n % SENTENCES.length]} ${SENTENCES[(n * 3) % SENTENCES.length]}`;
      return {
        article: {
          fileName: `a${n}.txt`, title: `Article ${n}`, publisher: n % 2 ? "Le Monde" : "BBC", url: null, language: n % 2 ? "fr" : "en",
          published: `2024-10-${String(1 + ((n * 7) % 28)).padStart(2, "0")}`, dateSource: "given" as const, dateNote: null, text, contentHash: `h${n}`, byteLength: text.length,
        },
        claims: [claimOf(SENTENCES[n % SENTENCES.length]!), claimOf(SENTENCES[(n * 3) % SENTENCES.length]!)],
      };
    });
    storeArticles(writer, articles);
  }
}

const SEARCHES = ["soldats", "coreens", "GUR", "Koursk", "troops killed", "etat", "pentagon", "nothing here"];

async function pageOf(q: string) {
  const page = await claims.fetchClaimsPage(claimFiltersSchema.parse({ q, pageSize: "5" }));
  return { ids: page.claims.map((c) => c.id), total: page.total };
}

/** The ids a search selects in the default order, read by one plan. */
function idsByPlan(q: string, plan: WhereModule.SearchPlan): number[] {
  const condition = where.claimWhereSql({ ...claimFiltersSchema.parse({}), q }, undefined, { q: plan });
  return writer
    .prepare(`SELECT c."id" FROM "Claim" c WHERE ${condition.sql} ORDER BY c."dateForSort" DESC, c."id" DESC`)
    .pluck()
    .all(...condition.params) as number[];
}

beforeAll(async () => {
  temp = await createTempDatabase();
  process.env.DATABASE_URL = temp.url;
  const [{ openSqlite }, store, claimsModule, whereModule, mergeModule, reader] = await Promise.all([
    import("../sqlite"),
    import("./store-article"),
    import("../read/claims"),
    import("../read/claim-where"),
    import("./search-index"),
    import("../read/reader"),
  ]);
  claims = claimsModule;
  storeArticles = store.storeArticles;
  where = whereModule;
  merge = mergeModule;
  closeReaders = reader.closeReaders;
  writer = openSqlite();
  storeInBatches();
});

afterAll(() => {
  closeReaders?.();
  writer?.close();
  temp?.remove();
});

describe("merging the search indexes", () => {
  it("leaves each index in one segment and every search with the same rows, in the same order", async () => {
    for (const index of merge.SEARCH_INDEXES) expect(merge.searchIndexSegments(writer, index), index).toBeGreaterThan(1);
    const before = await Promise.all(SEARCHES.map(pageOf));
    expect(before.some((b) => b.ids.length > 0)).toBe(true);
    expect(merge.mergeSearchIndexes(writer)).toEqual(["ClaimSearch", "ArticleSearch"]);
    for (const index of merge.SEARCH_INDEXES) expect(merge.searchIndexSegments(writer, index), index).toBe(1);
    expect(await Promise.all(SEARCHES.map(pageOf))).toEqual(before);
    expect(merge.mergeSearchIndexes(writer), "an index in one segment is left as it is").toEqual([]);
  });

  it("gives the same rows by each plan of a search", () => {
    for (const q of SEARCHES) {
      const matches = idsByPlan(q, "matches");
      expect(idsByPlan(q, "order"), q).toEqual(matches);
      expect(idsByPlan(q, "lookup"), q).toEqual(matches);
    }
  });
});
