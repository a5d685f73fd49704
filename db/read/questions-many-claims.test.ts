// The question reads against a real SQLite file holding questions of more
// claims than one statement can bind (SQLite's 999), as any database of a few
// thousand articles does.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../../test/run-cli";
import { LIST_CLAIMS_PER_QUESTION, LIST_RELATIONS_PER_TYPE } from "../../lib/filters/question-api-params";
import type * as Questions from "./questions";
import type * as QuestionApi from "./question-api";
import type { prisma as Prisma } from "../client";

const QUESTIONS = 15;
const CLAIMS_EACH = 120;

let dir: string;
let modules: { prisma: typeof Prisma; questions: typeof Questions; api: typeof QuestionApi };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "triangulate-questions-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const migrated = runScript("scripts/db/migrate.ts", [], url);
  expect(migrated.code, migrated.stderr).toBe(0);
  process.env.DATABASE_URL = url;
  const [{ prisma }, questions, api] = await Promise.all([import("../client"), import("./questions"), import("./question-api")]);
  modules = { prisma, questions, api };
  const article = await prisma.article.create({
    data: { fileName: "a.txt", title: "A", language: "en", dateSource: "given", text: "x", contentHash: "h", byteLength: 1, published: "2024-10-23" },
  });
  for (let q = 0; q < QUESTIONS; q++) {
    await prisma.question.create({ data: { id: `q${String(q).padStart(2, "0")}`, label: `Question ${q}`, category: "deployed", unit: "soldiers", conflictScore: q } });
  }
  await prisma.claim.createMany({
    data: Array.from({ length: QUESTIONS * CLAIMS_EACH }, (_, i) => ({
      articleId: article.id,
      quote: `claim ${i}`,
      start: 0,
      end: 1,
      qualifier: "exact",
      unit: "soldiers",
      category: "deployed",
      measure: "troops",
      stance: "asserts",
      questionId: `q${String(i % QUESTIONS).padStart(2, "0")}`,
      valueBest: i,
      dateForSort: i % 7 === 0 ? null : `2024-10-${String(1 + (i % 28)).padStart(2, "0")}`,
    })),
  });
  const everyClaim = await prisma.claim.findMany({ where: { questionId: "q00" }, select: { id: true } });
  await prisma.relation.create({ data: { questionId: "q01", type: "sum", claimIds: JSON.stringify([...everyClaim.map((c) => c.id), ...Array.from({ length: 1200 }, (_, i) => i + 1)]), explanation: "many" } });
  // More relations of one type than a list carries.
  await prisma.relation.createMany({ data: Array.from({ length: LIST_RELATIONS_PER_TYPE + 2 }, (_, i) => ({ questionId: "q02", type: "repeat", claimIds: JSON.stringify([i + 1]), explanation: `repeat ${i}` })) });
}, 60_000);

afterAll(async () => {
  await modules?.prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("questions with many claims", () => {
  /** The question's claims in its own order: the latest date first, no date last, then the highest id. */
  async function storedOrder(questionId: string, take?: number) {
    const rows = await modules.prisma.claim.findMany({ where: { questionId }, orderBy: [{ dateForSort: { sort: "desc", nulls: "last" } }, { id: "desc" }], take, select: { id: true } });
    return rows.map((c) => c.id);
  }

  it("a page of questions carries each one's latest claims, a few relations of each type, and the link to the rest", async () => {
    const page = await modules.api.fetchQuestionList({ source: [], page: 1, pageSize: QUESTIONS });
    expect(page.total).toBe(QUESTIONS);
    expect(page.questions).toHaveLength(QUESTIONS);
    for (const question of page.questions) {
      expect(question.claims.map((c) => c.id)).toEqual(await storedOrder(question.id, LIST_CLAIMS_PER_QUESTION));
      expect(question.claimsUrl).toBe(`/api/questions/${question.id}`);
    }
    const q02 = page.questions.find((q) => q.id === "q02")!;
    expect(q02.relations.map((r) => r.explanation)).toEqual(Array.from({ length: LIST_RELATIONS_PER_TYPE }, (_, i) => `repeat ${i}`));
  });

  it("a question's own answer pages through every claim it holds, in its order, and links each next page", async () => {
    const ids: number[] = [];
    let next: string | null = "/api/questions/q03?page=1&pageSize=50";
    for (let page = 1; next; page++) {
      const answer = modules.api.fetchQuestionAnswer("q03", { page, pageSize: 50 })!;
      expect(answer.claimsPage).toMatchObject({ page, pageSize: 50, total: CLAIMS_EACH });
      ids.push(...answer.claims.map((c) => c.id));
      next = answer.claimsPage.next;
      if (next) expect(next).toBe(`/api/questions/q03?page=${page + 1}&pageSize=50`);
    }
    expect(ids).toEqual(await storedOrder("q03"));
    expect(modules.api.fetchQuestionAnswer("q03", { page: 9, pageSize: 50 })!.claims).toEqual([]);
    expect(modules.api.fetchQuestionAnswer("nope", { page: 1, pageSize: 50 })).toBeNull();
  });

  it("a question's own answer has every relation, and every claim they name from other questions", () => {
    const answer = modules.api.fetchQuestionAnswer("q01", { page: 1, pageSize: 10 })!;
    const named = new Set(answer.relations.flatMap((r) => r.claims));
    expect(named.size).toBeGreaterThan(1000);
    const related = new Set(answer.relatedClaims.map((c) => c.id));
    for (const claim of answer.relatedClaims) expect(claim.question).not.toBe("q01");
    // A named id is a claim of q01 itself (its pages hold it) or one of the related claims.
    const ownCount = [...named].filter((id) => !related.has(id)).length;
    expect(ownCount).toBe(Math.ceil(1200 / QUESTIONS));
  });

  it("a question whose relations name over a thousand claims of other questions reads them all", async () => {
    const question = await modules.questions.fetchQuestion("q01");
    const named = new Set(question!.relations.flatMap((r) => r.claims));
    const shown = new Set([...question!.claims, ...question!.relatedClaims].map((c) => c.id));
    expect(named.size).toBeGreaterThan(1000);
    expect([...named].every((id) => shown.has(id))).toBe(true);
  });
});
