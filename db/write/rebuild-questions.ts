import { reconcile } from "../../lib/reconcile";
import { timelineOf } from "../../lib/reconcile/timeline";
import type { Membership, Question, ReconcileClaim } from "../../lib/reconcile/types";
import type { Prisma } from "../generated/client";
import type { SqliteDatabase } from "../sqlite";
import { insertRows } from "./bulk-insert";

interface ClaimForGrouping {
  id: number;
  articleId: number;
  outlet: string | null;
  published: string | null;
  sourceId: string | null;
  sourceName: string | null;
  valueLow: number | null;
  valueBest: number | null;
  valueHigh: number | null;
  qualifier: ReconcileClaim["qualifier"];
  unit: string;
  category: ReconcileClaim["category"];
  subject: string | null;
  scopePlace: string | null;
  scopeGroup: string | null;
  scopeState: string | null;
  asOf: string | null;
  stance: ReconcileClaim["stance"];
}

/** What grouping reads of every claim, without the text, through one cursor: a million rows load in seconds. */
function loadClaims(db: SqliteDatabase): ReconcileClaim[] {
  const rows = db
    .prepare<[], ClaimForGrouping>(
      `SELECT c."id", c."articleId", c."outlet", a."published", c."sourceId", c."sourceName", c."valueLow", c."valueBest", c."valueHigh",
              c."qualifier", c."unit", c."category", c."subject", c."scopePlace", c."scopeGroup", c."scopeState", c."asOf", c."stance"
         FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" ORDER BY c."id"`,
    )
    .iterate();
  const claims: ReconcileClaim[] = [];
  for (const r of rows) {
    claims.push({
      id: r.id,
      articleId: r.articleId,
      outlet: r.outlet,
      published: r.published,
      source: r.sourceId ? { id: r.sourceId, name: r.sourceName ?? r.sourceId } : null,
      value: { low: r.valueLow, best: r.valueBest, high: r.valueHigh },
      qualifier: r.qualifier,
      unit: r.unit,
      category: r.category,
      subject: r.subject,
      scope: { place: r.scopePlace, group: r.scopeGroup, state: r.scopeState },
      asOf: r.asOf,
      stance: r.stance,
    });
  }
  return claims;
}

function toQuestionRow(q: Question, claims: readonly ReconcileClaim[]): Prisma.QuestionCreateManyInput {
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
    timeline: JSON.stringify(timelineOf(claims)),
    conflictScore: q.conflictScore,
    firstDate: q.firstDate,
    lastDate: q.lastDate,
    summary: q.summary,
  };
}

/** Sets every claim's question through a temporary table and one UPDATE: the table may hold millions. */
function writeMemberships(db: SqliteDatabase, memberships: readonly Membership[]) {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS membership ("claimId" INTEGER PRIMARY KEY, "questionId" TEXT, "reason" TEXT)`);
  db.exec(`DELETE FROM membership`);
  insertRows(db, "membership", memberships);
  db.exec(`UPDATE "Claim" SET "questionId" = membership."questionId", "questionReason" = membership."reason" FROM membership WHERE "Claim"."id" = membership."claimId"`);
  db.exec(`DROP TABLE membership`);
}

/**
 * Regroups every stored claim into questions and replaces the stored questions
 * and relations in one transaction, so pages never see a half-rebuilt state.
 * Returns the number of questions.
 */
export function rebuildQuestions(db: SqliteDatabase): number {
  const claims = loadClaims(db);
  const { questions, memberships } = reconcile(claims);
  const claimsOf = groupByQuestion(claims, memberships);
  // Parents first, so that every parentId already exists when its child is written.
  const parentOrder = orderParentsFirst(questions);
  db.transaction(() => {
    db.exec(`UPDATE "Claim" SET "questionId" = NULL, "questionReason" = NULL WHERE "questionId" IS NOT NULL`);
    db.exec(`DELETE FROM "Relation"`);
    db.exec(`DELETE FROM "Question"`);
    insertRows(db, "Question", parentOrder.map((q) => toQuestionRow(q, claimsOf.get(q.id) ?? [])));
    const relations = questions.flatMap((q) =>
      q.relations.map((r) => ({ questionId: q.id, type: r.type, claimIds: JSON.stringify(r.claims), explanation: r.explanation })),
    );
    insertRows(db, "Relation", relations);
    writeMemberships(db, memberships);
    db.exec(`UPDATE "Source" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" WHERE "Claim"."sourceId" = "Source"."id")`);
  })();
  return questions.length;
}

function groupByQuestion(claims: readonly ReconcileClaim[], memberships: readonly Membership[]): Map<string, ReconcileClaim[]> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const groups = new Map<string, ReconcileClaim[]>();
  for (const { claimId, questionId } of memberships) {
    const group = groups.get(questionId) ?? [];
    group.push(byId.get(claimId)!);
    groups.set(questionId, group);
  }
  return groups;
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
