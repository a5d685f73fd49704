// The full-text index follows every write to claims and articles, whoever
// makes it: the ingest's bulk insert, an update, a deletion (cascading from
// the article to its claims). The triggers of migration full_text_search do
// it in the writer's transaction, so a search never finds a removed claim.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedClaim } from "../../lib/claims/claim";
import { claimFiltersSchema } from "../../lib/filters/claim-filters";
import { ftsQuery } from "../../lib/search/search-text";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";
import type { SqliteDatabase } from "../sqlite";
import type { fetchArticlesPage as FetchArticlesPage } from "./articles";
import type { fetchClaimsPage as FetchClaimsPage } from "./claims";

let temp: TempDatabase;
let writer: SqliteDatabase;
let read: { fetchClaimsPage: typeof FetchClaimsPage; fetchArticlesPage: typeof FetchArticlesPage; closeReaders: () => void };

const TEXT = "Selon le renseignement sud-coréen, 11 000 soldats nord-coréens sont en Russie. Les États-Unis confirment.";

function claim(quote: string, measure: string): ExtractedClaim {
  const start = TEXT.indexOf(quote);
  return {
    file: "fr.txt", quote, start, end: start + quote.length, mentions: [], value: { low: null, best: 11000, high: null }, qualifier: "exact",
    unit: "soldiers", category: "deployed", measure, scope: { place: null, group: null, state: null }, subject: null,
    source: { id: "nis", name: "le renseignement sud-coréen" }, asOf: null, asOfPrecision: null, stance: "asserts",
  };
}

const claimQuotes = async (q: string) => (await read.fetchClaimsPage(claimFiltersSchema.parse({ q }))).claims.map((c) => c.quote);
const articleTitles = async (q: string) => (await read.fetchArticlesPage({ q, page: 1, pageSize: 50 })).articles.map((a) => a.title);

beforeAll(async () => {
  temp = await createTempDatabase();
  process.env.DATABASE_URL = temp.url;
  const [{ openSqlite }, { storeArticles }, claims, articles, { closeReaders }] = await Promise.all([
    import("../sqlite"),
    import("../write/store-article"),
    import("./claims"),
    import("./articles"),
    import("./reader"),
  ]);
  read = { fetchClaimsPage: claims.fetchClaimsPage, fetchArticlesPage: articles.fetchArticlesPage, closeReaders };
  writer = openSqlite();
  writer.prepare(`INSERT INTO "Source" ("id", "name", "kind") VALUES ('nis', 'NIS', 'intelligence')`).run();
  storeArticles(writer, [
    {
      article: {
        fileName: "fr.txt", title: "Des soldats en Russie", publisher: "Le Monde", url: null, language: "fr", published: "2024-10-23",
        dateSource: "given", dateNote: null, text: TEXT, contentHash: "fr", byteLength: TEXT.length,
      },
      claims: [claim("11 000 soldats nord-coréens sont en Russie", "soldats nord-coréens")],
    },
  ]);
});

afterAll(() => {
  read?.closeReaders();
  writer?.close();
  temp?.remove();
});

describe("the search index", () => {
  it("finds what the ingest stored, blind to accents and case", async () => {
    expect(await claimQuotes("coreens")).toEqual(["11 000 soldats nord-coréens sont en Russie"]);
    expect(await claimQuotes("NORD-COREENS russie")).toHaveLength(1);
    // Who says it, by the article's words or the agency's id, and the outlet.
    expect(await claimQuotes("renseignement")).toHaveLength(1);
    expect(await claimQuotes("NIS")).toHaveLength(1);
    expect(await claimQuotes("monde")).toHaveLength(1);
    expect(await claimQuotes("japonais")).toEqual([]);
    expect(await articleTitles("Etats")).toEqual(["Des soldats en Russie"]);
  });

  it("spells a word's beginning out as the indexed words it begins, matching what the prefix matched", async () => {
    const { searchMatch } = await import("./search-match");
    // "cor" begins "coreen" (sud-coréen) and "coreens"; "russ" only "russie"; "xyz" nothing (it stays a prefix).
    expect(searchMatch("ClaimSearch", "Cor russ xyz")).toBe('("coreen" OR "coreens") AND "russie" AND "xyz"*');
    const prefix = (q: string) => writer.prepare(`SELECT "rowid" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ? ORDER BY 1`).pluck().all(q);
    for (const q of ["cor", "sold", "nord coreens", "ni", "11 000"]) expect(prefix(searchMatch("ClaimSearch", q)!), q).toEqual(prefix(ftsQuery(q)!));
    expect(await claimQuotes("cor")).toHaveLength(1);
    expect(await articleTitles("Etat")).toEqual(["Des soldats en Russie"]);
  });

  it("follows an update of the text it indexes", async () => {
    writer.prepare(`UPDATE "Claim" SET "measure" = 'troupes étrangères'`).run();
    writer.prepare(`UPDATE "Article" SET "title" = 'Des troupes en Russie'`).run();
    expect(await claimQuotes("etrangeres")).toHaveLength(1);
    expect(await articleTitles("troupes")).toEqual(["Des troupes en Russie"]);
    expect(await articleTitles("soldats")).toEqual(["Des troupes en Russie"]); // still in the text
  });

  it("forgets an article and its claims once they are deleted", async () => {
    writer.prepare(`DELETE FROM "Article"`).run();
    expect(await claimQuotes("coreens")).toEqual([]);
    expect(await articleTitles("Etats")).toEqual([]);
    const rows = (table: string) => (writer.prepare(`SELECT count(*) AS n FROM "${table}_docsize"`).get() as { n: number }).n;
    expect([rows("ClaimSearch"), rows("ArticleSearch")]).toEqual([0, 0]);
  });
});
