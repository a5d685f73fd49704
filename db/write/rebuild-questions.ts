import { reconcile } from "../../lib/reconcile";
import type { Membership, Question, ReconcileClaim } from "../../lib/reconcile/types";
import type { Prisma, PrismaClient } from "../generated/client";
import { fromClaimRow } from "../claim-row";

const INSERT_BATCH = 500;

async function loadClaims(prisma: PrismaClient): Promise<ReconcileClaim[]> {
  const rows = await prisma.claim.findMany({
    include: { article: { select: { fileName: true, published: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ ...fromClaimRow(row), articleId: row.articleId, outlet: row.outlet, published: row.article.published }));
}

function toQuestionRow(q: Question): Prisma.QuestionCreateManyInput {
  return {
    id: q.id,
    label: q.label,
    category: q.category,
    unit: q.unit,
    subject: q.subject,
    scopePlace: q.scope.place,
    scopeGroup: q.scope.group,
    scopeState: q.scope.state,
    parentId: q.parentId,
    claimCount: q.claimCount,
    sourceCount: q.sourceCount,
    spreadLow: q.spread?.low ?? null,
    spreadHigh: q.spread?.high ?? null,
    consensusLow: q.consensus?.low ?? null,
    consensusBest: q.consensus?.best ?? null,
    consensusHigh: q.consensus?.high ?? null,
    consensusMethod: q.consensus?.method ?? null,
    consensusExplanation: q.consensus?.explanation ?? null,
    figures: JSON.stringify(q.sources),
    relationCounts: JSON.stringify(q.relationCounts),
    conflictScore: q.conflictScore,
    firstDate: q.firstDate,
    lastDate: q.lastDate,
    summary: q.summary,
  };
}

/** Sets every claim's question in a few statements, not one per claim: the table may hold millions. */
async function writeMemberships(tx: Prisma.TransactionClient, memberships: Membership[]) {
  await tx.$executeRawUnsafe(`CREATE TEMP TABLE IF NOT EXISTS membership ("claimId" INTEGER PRIMARY KEY, "questionId" TEXT, "reason" TEXT)`);
  await tx.$executeRawUnsafe(`DELETE FROM membership`);
  for (let i = 0; i < memberships.length; i += INSERT_BATCH) {
    const batch = memberships.slice(i, i + INSERT_BATCH);
    const placeholders = batch.map(() => "(?, ?, ?)").join(", ");
    await tx.$executeRawUnsafe(`INSERT INTO membership VALUES ${placeholders}`, ...batch.flatMap((m) => [m.claimId, m.questionId, m.reason]));
  }
  await tx.$executeRawUnsafe(
    `UPDATE "Claim" SET "questionId" = membership."questionId", "questionReason" = membership."reason" FROM membership WHERE "Claim"."id" = membership."claimId"`,
  );
  await tx.$executeRawUnsafe(`DROP TABLE membership`);
}

/**
 * Regroups every stored claim into questions and replaces the stored questions
 * and relations in one transaction, so pages never see a half-rebuilt state.
 * Returns the number of questions.
 */
export async function rebuildQuestions(prisma: PrismaClient): Promise<number> {
  const { questions, memberships } = reconcile(await loadClaims(prisma));
  // Parents first, so that every parentId already exists when its child is written.
  const parentOrder = orderParentsFirst(questions);
  await prisma.$transaction(
    async (tx) => {
      await tx.claim.updateMany({ data: { questionId: null, questionReason: null } });
      await tx.relation.deleteMany();
      await tx.question.deleteMany();
      for (let i = 0; i < parentOrder.length; i += INSERT_BATCH) {
        await tx.question.createMany({ data: parentOrder.slice(i, i + INSERT_BATCH).map(toQuestionRow) });
      }
      const relations = questions.flatMap((q) =>
        q.relations.map((r) => ({ questionId: q.id, type: r.type, claimIds: JSON.stringify(r.claims), explanation: r.explanation })),
      );
      for (let i = 0; i < relations.length; i += INSERT_BATCH) {
        await tx.relation.createMany({ data: relations.slice(i, i + INSERT_BATCH) });
      }
      await writeMemberships(tx, memberships);
      await tx.$executeRawUnsafe(`UPDATE "Source" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" WHERE "Claim"."sourceId" = "Source"."id")`);
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  return questions.length;
}

/** Questions ordered so that each comes after its parent (chains of any depth). */
function orderParentsFirst(questions: Question[]): Question[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const placed = new Set<string>();
  const ordered: Question[] = [];
  const place = (q: Question) => {
    if (placed.has(q.id)) return;
    placed.add(q.id);
    const parent = q.parentId ? byId.get(q.parentId) : undefined;
    if (parent) place(parent);
    ordered.push(q);
  };
  questions.forEach(place);
  return ordered;
}
