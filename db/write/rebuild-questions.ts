import { reconcile } from "../../lib/reconcile";
import type { ReconcileClaim } from "../../lib/reconcile/types";
import type { PrismaClient } from "../generated/client";
import { fromClaimRow } from "../claim-row";

async function loadClaims(prisma: PrismaClient): Promise<ReconcileClaim[]> {
  const rows = await prisma.claim.findMany({
    include: { article: { select: { fileName: true, published: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({
    ...fromClaimRow(row),
    articleId: row.articleId,
    outlet: row.outlet,
    published: row.article.published,
  }));
}

/**
 * Regroups every stored claim into questions and replaces the stored questions
 * and relations in one transaction, so pages never see a half-rebuilt state.
 * Returns the number of questions.
 */
export async function rebuildQuestions(prisma: PrismaClient): Promise<number> {
  const { questions, memberships } = reconcile(await loadClaims(prisma));
  await prisma.$transaction(async (tx) => {
    await tx.claim.updateMany({ data: { questionId: null, questionReason: null } });
    await tx.relation.deleteMany();
    await tx.question.deleteMany();
    await tx.question.createMany({
      data: questions.map((q) => ({
        id: q.id,
        label: q.label,
        category: q.category,
        unit: q.unit,
        subject: q.subject,
        scopePlace: q.scope.place,
        scopeGroup: q.scope.group,
        scopeState: q.scope.state,
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
      })),
    });
    for (const q of questions.filter((q) => q.parentId)) {
      await tx.question.update({ where: { id: q.id }, data: { parentId: q.parentId } });
    }
    await tx.relation.createMany({
      data: questions.flatMap((q) =>
        q.relations.map((r) => ({ questionId: q.id, type: r.type, claimIds: JSON.stringify(r.claims), explanation: r.explanation })),
      ),
    });
    for (const m of memberships) {
      await tx.claim.update({ where: { id: m.claimId }, data: { questionId: m.questionId, questionReason: m.reason } });
    }
  });
  return questions.length;
}
