// The question page of a very large question reads a page of its claims, not
// all of them. Prisma merges findUnique calls made at the same moment (the
// page's metadata and body, two requests for the API) into one findMany and
// then applies a nested `take` in memory: a question of 302,000 claims once
// ran the server out of its heap that way. Rows are counted where Prisma's
// adapter hands them over, so the bound is checked, not timed.
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";
import { PrismaClient } from "../generated/client";
import type * as QuestionClaims from "./question-claims";
import type * as Questions from "./questions";

const BIG = "deployed-soldiers-big";
const CLAIMS = 30_000;

let temp: TempDatabase;
let prisma: PrismaClient;
let read: { questions: typeof Questions; claims: typeof QuestionClaims };
let rowsRead = 0;

/** Prisma's better-sqlite3 adapter, counting the rows every query gives back. */
function countingAdapter(url: string): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      const queryRaw = adapter.queryRaw.bind(adapter);
      adapter.queryRaw = async (query) => {
        const result = await queryRaw(query);
        rowsRead += result.rows.length;
        return result;
      };
      return adapter;
    },
  };
}

function fill(file: string) {
  const db = new Database(file);
  db.prepare(`INSERT INTO "Article" ("fileName", "title", "language", "dateSource", "text", "contentHash", "byteLength", "published") VALUES ('a.txt', 'A', 'en', 'given', 'x', 'h', 1, '2024-10-23')`).run();
  db.prepare(`INSERT INTO "Question" ("id", "label", "category", "unit", "claimCount") VALUES (?, 'North Korean soldiers', 'deployed', 'soldiers', ?)`).run(BIG, CLAIMS);
  const insert = db.prepare(
    `INSERT INTO "Claim" ("articleId", "quote", "start", "end", "qualifier", "unit", "category", "measure", "stance", "questionId", "valueBest", "dateForSort")
     VALUES (1, ?, 0, 1, 'exact', 'soldiers', 'deployed', 'troops', 'asserts', ?, ?, ?)`,
  );
  db.transaction(() => {
    // Dates repeat and some are missing, so the order's tie-break (the highest id) and its end (no date last) count.
    for (let i = 0; i < CLAIMS; i++) insert.run(`claim ${i}`, BIG, i, i % 9 === 0 ? null : `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`);
  })();
  db.close();
}

beforeAll(async () => {
  temp = await createTempDatabase();
  fill(temp.file);
  prisma = new PrismaClient({ adapter: countingAdapter(temp.url) });
  // db/client keeps the client it finds here (outside production): the data layer reads through the counting one.
  (globalThis as { prisma?: PrismaClient }).prisma = prisma;
  process.env.DATABASE_URL = temp.url;
  const [questions, claims] = await Promise.all([import("./questions"), import("./question-claims")]);
  read = { questions, claims };
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  temp?.remove();
});

/** Every claim id of the big question in the page's order, read apart from the data layer. */
function everyIdInOrder(): number[] {
  const db = new Database(temp.file, { readonly: true });
  const ids = db.prepare<[string], { id: number }>(`SELECT "id" FROM "Claim" WHERE "questionId" = ? ORDER BY "dateForSort" IS NULL, "dateForSort" DESC, "id" DESC`).all(BIG).map((r) => r.id);
  db.close();
  return ids;
}

describe("the page of a question of 30,000 claims", () => {
  it("reads its latest claims, not all of them, even when two reads of it run at once", async () => {
    rowsRead = 0;
    const caps = { relationsPerType: read.questions.RELATIONS_SHOWN_PER_TYPE, claimsPerRelation: read.questions.CLAIMS_SHOWN_PER_RELATION };
    const [first, second] = await Promise.all([read.questions.fetchQuestion(BIG, caps), read.questions.fetchQuestion(BIG)]);
    expect(first!.claims).toHaveLength(read.claims.QUESTION_CLAIMS_SHOWN);
    expect(second!.claims.map((c) => c.id)).toEqual(first!.claims.map((c) => c.id));
    expect(first!.claims.map((c) => c.id)).toEqual(everyIdInOrder().slice(0, read.claims.QUESTION_CLAIMS_SHOWN));
    // Two questions, two pages of claims and their articles: a few hundred rows, not 30,000.
    expect(rowsRead).toBeLessThan(1_000);
  });

  it("pages through its claims in the page's order, each page a page's worth of rows", async () => {
    const ids = everyIdInOrder();
    const pageSize = 100;
    const last = Math.ceil(CLAIMS / pageSize);
    for (const page of [1, 2, 137, last]) {
      rowsRead = 0;
      const claims = await read.claims.fetchQuestionClaims(BIG, { page, pageSize });
      expect(claims.map((c) => c.id), `page ${page}`).toEqual(ids.slice((page - 1) * pageSize, page * pageSize));
      expect(rowsRead).toBeLessThanOrEqual(2 * pageSize);
    }
    expect(await read.claims.fetchQuestionClaims(BIG, { page: last + 1, pageSize })).toEqual([]);
  });

  it("gives the review status of any claim the chart plots, on whichever page it is", async () => {
    const ids = everyIdInOrder();
    const statuses = await read.claims.fetchReviewStatuses([ids[0]!, ids[ids.length - 1]!]);
    expect([...statuses.values()]).toEqual(["unreviewed", "unreviewed"]);
  });
});
