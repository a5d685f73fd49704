// What a regroup reads of the claims and writes of each question: shared by
// the full regroup (rebuild-questions.ts) and the one after a claim decision
// (regroup-claim.ts).
import { serializeReach, type QuestionReach } from "../../lib/comparison/reach";
import { timelineOf } from "../../lib/reconcile/timeline";
import type { Membership, Question, ReconcileClaim } from "../../lib/reconcile/types";
import type { Prisma } from "../generated/client";
import type { SqliteDatabase } from "../sqlite";

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
  questionId: string | null;
  questionReason: string | null;
}

/** A claim's question as last written. */
export type StoredMemberships = Map<number, { questionId: string | null; reason: string | null }>;

/** What grouping reads of every claim an analyst has not rejected, without the text, through one cursor: a million rows load in seconds. `stored` gets each one's question as last written. */
export function loadClaims(db: SqliteDatabase, stored?: StoredMemberships): ReconcileClaim[] {
  const rows = db
    .prepare<[], ClaimForGrouping>(
      `SELECT c."id", c."articleId", c."outlet", a."published", c."sourceId", c."sourceName", c."valueLow", c."valueBest", c."valueHigh",
              c."qualifier", c."unit", c."category", c."subject", c."scopePlace", c."scopeGroup", c."scopeState", c."asOf", c."stance",
              c."questionId", c."questionReason"
         FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."reviewStatus" <> 'rejected' ORDER BY c."id"`,
    )
    .iterate();
  const claims: ReconcileClaim[] = [];
  for (const r of rows) {
    stored?.set(r.id, { questionId: r.questionId, reason: r.questionReason });
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

export function toQuestionRow(q: Question, claims: readonly ReconcileClaim[], reach: QuestionReach): Prisma.QuestionCreateManyInput {
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
    reach: serializeReach(reach),
  };
}

export function groupByQuestion(claims: readonly ReconcileClaim[], memberships: readonly Membership[]): Map<string, ReconcileClaim[]> {
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
export function orderParentsFirst(questions: readonly Question[]): Question[] {
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
