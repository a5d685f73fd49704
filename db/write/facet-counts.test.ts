// The facet counts (ClaimFacet) stay equal to a count of the claims through
// every kind of write: a stored batch, a regrouping that moves most claims
// and one that moves few, a claim whose source an analyst changes, a claim
// deleted, an article whose language changes and an article deleted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedClaim } from "../../lib/claims/claim";
import type { NewArticle } from "../../lib/articles/new-article";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";
import { claimFiltersSchema } from "../../lib/filters/claim-filters";
import type * as Facets from "../read/facets";
import type { SqliteDatabase } from "../sqlite";
import type { deleteArticle as DeleteArticle } from "./delete-article";
import type { rebuildQuestions as RebuildQuestions } from "./rebuild-questions";
import type { storeArticles as StoreArticles } from "./store-article";

let temp: TempDatabase;
let db: SqliteDatabase;
// Imported once DATABASE_URL names the test file.
let write: { storeArticles: typeof StoreArticles; rebuildQuestions: typeof RebuildQuestions; deleteArticle: typeof DeleteArticle };
let read: Pick<typeof Facets, "fetchFacetCounts" | "countFromFacetCounts"> & { closeReaders: () => void };

const TEXT = "Selon le GUR, 11 000 soldats nord-coréens sont en Russie; le NIS parle de 3 000 soldats et l'ISW de 12 000 soldats.";

function claim(quote: string, best: number, source: string | null): ExtractedClaim {
  const start = TEXT.indexOf(quote);
  return {
    file: "a.txt", quote, start, end: start + quote.length, mentions: [], value: { low: null, best, high: null }, qualifier: "exact",
    unit: "soldiers", category: "deployed", measure: "soldats nord-coréens", scope: { place: "Russia", group: null, state: null }, subject: "North Korean",
    source: source ? { id: source, name: source.toUpperCase() } : null, asOf: null, asOfPrecision: null, stance: "asserts",
  };
}

function article(hash: string, overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    fileName: `${hash}.txt`, title: `Article ${hash}`, publisher: hash === "b" ? "Reuters" : "Le Monde", url: null, language: "fr", published: "2024-10-23",
    dateSource: "given", dateNote: null, text: TEXT, contentHash: hash, byteLength: TEXT.length, ...overrides,
  };
}

const CLAIMS = [claim("11 000 soldats", 11000, "gur"), claim("3 000 soldats", 3000, "nis"), claim("12 000 soldats", 12000, null)];

/** The counts as kept, and as a count of the claims gives them. */
function keptAndCounted() {
  const columns = `"sourceId", "category", "outlet", "questionId", "stance", "language"`;
  const kept = db.prepare(`SELECT ${columns}, "claims" FROM "ClaimFacet" ORDER BY ${columns}`).all();
  const counted = db
    .prepare(`SELECT * FROM (SELECT c."sourceId", c."category", c."outlet", c."questionId", c."stance", a."language", count(*) AS "claims"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" GROUP BY 1, 2, 3, 4, 5, 6) ORDER BY ${columns}`)
    .all();
  return { kept, counted };
}

function expectExact() {
  const { kept, counted } = keptAndCounted();
  expect(kept).toEqual(counted);
  // The explorer's counts, read through the pages' own connection, which keeps them until a write: asked twice, both follow the write.
  const bySource = db.prepare(`SELECT "sourceId" AS value, count(*) AS count FROM "Claim" GROUP BY 1 ORDER BY 2 DESC, 1`).all();
  const total = db.prepare(`SELECT count(*) FROM "Claim"`).pluck().get();
  for (let i = 0; i < 2; i++) {
    expect(read.fetchFacetCounts(claimFiltersSchema.parse({}), ["source"]).counts.source).toEqual(bySource);
    expect(read.countFromFacetCounts(claimFiltersSchema.parse({}))).toBe(total);
  }
}

beforeAll(async () => {
  temp = await createTempDatabase();
  process.env.DATABASE_URL = temp.url;
  const [{ openSqlite }, store, rebuild, remove, facets, { closeReaders }] = await Promise.all([
    import("../sqlite"), import("./store-article"), import("./rebuild-questions"), import("./delete-article"), import("../read/facets"), import("../read/reader"),
  ]);
  write = { storeArticles: store.storeArticles, rebuildQuestions: rebuild.rebuildQuestions, deleteArticle: remove.deleteArticle };
  read = { fetchFacetCounts: facets.fetchFacetCounts, countFromFacetCounts: facets.countFromFacetCounts, closeReaders };
  db = openSqlite();
  for (const id of ["gur", "nis"]) db.prepare(`INSERT INTO "Source" ("id", "name", "kind") VALUES (?, ?, 'intelligence')`).run(id, id.toUpperCase());
});

afterAll(() => {
  read?.closeReaders();
  db?.close();
  temp?.remove();
});

describe("facet counts kept by the writes", () => {
  it("count a stored batch, then follow a regrouping that moves every claim", () => {
    write.storeArticles(db, [{ article: article("a"), claims: CLAIMS }, { article: article("b", { language: "en" }), claims: CLAIMS.slice(0, 2) }]);
    expectExact();
    expect(keptAndCounted().kept.reduce((n: number, row) => n + (row as { claims: number }).claims, 0)).toBe(5);
    write.rebuildQuestions(db);
    expect(db.prepare(`SELECT count(*) FROM "Claim" WHERE "questionId" IS NOT NULL`).pluck().get()).toBe(5);
    expectExact();
  });

  it("follow a regrouping that moves few claims, an analyst's change of source and a deleted claim", () => {
    write.storeArticles(db, [{ article: article("c"), claims: CLAIMS.slice(2) }]);
    write.rebuildQuestions(db);
    expectExact();
    db.prepare(`UPDATE "Claim" SET "sourceId" = 'nis', "category" = 'casualties' WHERE "sourceId" = 'gur' AND "articleId" = (SELECT min("id") FROM "Article")`).run();
    expectExact();
    db.prepare(`DELETE FROM "Claim" WHERE "id" = (SELECT max("id") FROM "Claim")`).run();
    expectExact();
  });

  it("follow an article's new language and an article deleted with its claims", () => {
    db.prepare(`UPDATE "Article" SET "language" = 'en' WHERE "contentHash" = 'a'`).run();
    expectExact();
    // Checked before any regrouping, which may count everything again.
    db.prepare(`DELETE FROM "Article" WHERE "contentHash" = 'b'`).run();
    expectExact();
    write.deleteArticle(db, db.prepare(`SELECT "id" FROM "Article" WHERE "contentHash" = 'c'`).pluck().get() as number);
    expectExact();
    expect(keptAndCounted().kept.length).toBeGreaterThan(0);
  });
});
