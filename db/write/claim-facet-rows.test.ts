// ClaimFacetRow (migration claim_facet_rows) holds each claim's facet columns
// and figures; the facet counts of a search or a figure range read it. After
// each kind of write (ingest, review decisions, regrouping, re-extraction,
// deletion, an article's new language) its rows equal the claims', and each
// facet count of a filtered view equals the number of claims the same filter
// gives for that option.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimFiltersSchema } from "../../lib/filters/claim-filters";
import { FACETS } from "../../lib/filters/facets";
import { createSeededDatabase, type SeededDatabase } from "../../test/seeded-database";
import type * as Facets from "../read/facets";
import { claimWhereSql } from "../read/claim-where";
import type { SqliteDatabase } from "../sqlite";
import { deleteArticle } from "./delete-article";
import { rebuildQuestions } from "./rebuild-questions";
import { reextractArticles } from "./reextract";
import { recordClaimDecision, undoLastDecision, type Reviewer } from "./review-decisions";

const ana: Reviewer = { id: "u1", name: "Ana Analyst" };
const COLUMNS = `"id", "sourceId", "category", "outlet", "questionId", "stance", "language", "valueLow", "valueBest", "valueHigh"`;
/** Filtered views whose facets ClaimFacet cannot count: a search, a figure range, both, and either beside a facet's own filter. */
const VIEWS: Record<string, string>[] = [{ q: "soldats" }, { min: "1000" }, { q: "coreens", max: "5000" }, { min: "100", source: "gur" }, { q: "soldats", language: "fr" }];

let temp: SeededDatabase;
let db: SqliteDatabase;
let facets: Pick<typeof Facets, "fetchFacetCounts"> & { closeReaders: () => void };

beforeAll(async () => {
  temp = await createSeededDatabase();
  db = temp.db;
  db.pragma("foreign_keys = ON");
  process.env.DATABASE_URL = temp.url;
  const [read, { closeReaders }] = await Promise.all([import("../read/facets"), import("../read/reader")]);
  facets = { fetchFacetCounts: read.fetchFacetCounts, closeReaders };
});

afterAll(() => {
  facets?.closeReaders();
  temp?.close();
});

/** The facet counts of a view, and each option's claims counted with the same filter (the facet's own left out). */
function countedBothWays(params: Record<string, string>) {
  const filters = claimFiltersSchema.parse(params);
  const { counts, sample } = facets.fetchFacetCounts(filters, FACETS, 1_000_000);
  expect(sample).toBeNull();
  const counted = Object.fromEntries(
    FACETS.map((facet) => {
      const where = claimWhereSql(filters, facet);
      const column = facet === "language" ? `a."language"` : `c."${facet === "source" ? "sourceId" : facet === "question" ? "questionId" : facet}"`;
      const rows = db.prepare(`SELECT ${column} AS value, count(*) AS count FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE ${where.sql} GROUP BY 1 ORDER BY 2 DESC, 1`).all(...where.params);
      return [facet, rows];
    }),
  );
  return { counts, counted };
}

function expectExact() {
  const kept = db.prepare(`SELECT ${COLUMNS} FROM "ClaimFacetRow" ORDER BY "id"`).all();
  const claims = db.prepare(`SELECT ${COLUMNS.replace(`"language"`, `a."language"`).replace(`"id"`, `c."id"`)} FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" ORDER BY c."id"`).all();
  expect(kept).toEqual(claims);
  for (const view of VIEWS) {
    const { counts, counted } = countedBothWays(view);
    expect(counts, JSON.stringify(view)).toEqual(counted);
  }
}

const someClaim = (where = "1") => db.prepare<[], { id: number; sourceId: string | null }>(`SELECT "id", "sourceId" FROM "Claim" WHERE ${where} ORDER BY "id" LIMIT 1`).get()!;

describe("ClaimFacetRow kept by the writes", () => {
  it("holds every claim the ingest stored, and the filtered counts match the rows", () => {
    expect(db.prepare(`SELECT count(*) FROM "ClaimFacetRow"`).pluck().get()).toBeGreaterThan(10);
    expect(countedBothWays({ q: "soldats" }).counts.source!.length).toBeGreaterThan(0);
    expectExact();
  });

  it("follows review decisions on a claim's figure, source and category, a rejection and an undo", () => {
    const claim = someClaim(`"valueBest" >= 1000`);
    recordClaimDecision(db, ana, { action: "correct", claimId: claim.id, changes: { value: { low: 50, best: 60, high: 70 } } });
    expectExact();
    recordClaimDecision(db, ana, { action: "correct", claimId: claim.id, changes: { source: { id: "new_voice", name: "A New Voice" } } }, { sourceFromRegistry: false });
    recordClaimDecision(db, ana, { action: "correct", claimId: claim.id, changes: { category: "killed" } });
    expectExact();
    const other = someClaim(`"id" > ${claim.id} AND "reviewStatus" = 'unreviewed'`);
    recordClaimDecision(db, ana, { action: "reject", claimId: other.id, reason: "misread" });
    expectExact();
    undoLastDecision(db, ana, { claimId: claim.id });
    expectExact();
  });

  it("follows a regrouping of every claim (the bulk path) and a re-extraction of every article", () => {
    db.exec(`DELETE FROM "Relation"; UPDATE "Claim" SET "questionId" = NULL, "questionReason" = NULL; DELETE FROM "Question"`);
    expectExact();
    rebuildQuestions(db);
    expect(db.prepare(`SELECT count(*) FROM "ClaimFacetRow" WHERE "questionId" IS NOT NULL`).pluck().get()).toBeGreaterThan(0);
    expectExact();
    expect(reextractArticles(db, { all: true })).toBeGreaterThan(0);
    expectExact();
  });

  it("follows an article's new language and a deleted article", () => {
    const [first, second] = db.prepare(`SELECT "id" FROM "Article" WHERE "claimCount" > 0 ORDER BY "id" LIMIT 2`).pluck().all() as number[];
    db.prepare(`UPDATE "Article" SET "language" = 'en' WHERE "id" = ?`).run(first);
    expectExact();
    expect(deleteArticle(db, second!).deleted).toBe(true);
    expect(db.prepare(`SELECT count(*) FROM "ClaimFacetRow" r WHERE NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c."id" = r."id")`).pluck().get()).toBe(0);
    expectExact();
  });
});
