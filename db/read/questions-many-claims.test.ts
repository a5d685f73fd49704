// The question reads against a real SQLite file holding questions of more
// claims than one statement can bind (SQLite's 999), as any database of a few
// thousand articles does.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../../test/run-cli";
import type * as Questions from "./questions";
import type { prisma as Prisma } from "../client";

const QUESTIONS = 15;
const CLAIMS_EACH = 120;

let dir: string;
let modules: { prisma: typeof Prisma; questions: typeof Questions };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "triangulate-questions-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const migrated = runScript("scripts/db/migrate.ts", [], url);
  expect(migrated.code, migrated.stderr).toBe(0);
  process.env.DATABASE_URL = url;
  const [{ prisma }, questions] = await Promise.all([import("../client"), import("./questions")]);
  modules = { prisma, questions };
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
}, 60_000);

afterAll(async () => {
  await modules?.prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("questions with many claims", () => {
  it("a page of questions lists each one's latest claims, latest first, with no statement over SQLite's limit", async () => {
    const page = await modules.questions.fetchQuestionsPageWithClaims({ source: [], page: 1, pageSize: QUESTIONS });
    expect(page.total).toBe(QUESTIONS);
    expect(page.questions).toHaveLength(QUESTIONS);
    for (const question of page.questions) {
      expect(question.claims).toHaveLength(modules.questions.QUESTION_CLAIMS_SHOWN);
      const stored = await modules.prisma.claim.findMany({
        where: { questionId: question.id },
        orderBy: [{ dateForSort: "desc" }, { id: "desc" }],
        take: modules.questions.QUESTION_CLAIMS_SHOWN,
        select: { id: true },
      });
      expect(question.claims.map((c) => c.id)).toEqual(stored.map((c) => c.id));
    }
  });

  it("a question whose relations name over a thousand claims of other questions reads them all", async () => {
    const question = await modules.questions.fetchQuestion("q01");
    const named = new Set(question!.relations.flatMap((r) => r.claims));
    const shown = new Set([...question!.claims, ...question!.relatedClaims].map((c) => c.id));
    expect(named.size).toBeGreaterThan(1000);
    expect([...named].every((id) => shown.has(id))).toBe(true);
  });
});
