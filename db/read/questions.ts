import type { Category } from "../../lib/claims/claim";
import type { timelineOf } from "../../lib/reconcile/timeline";
import type { RelationType, SourceFigure } from "../../lib/reconcile/types";
import type { Prisma } from "../generated/client";
import { prisma } from "../client";
import { fromClaimRow } from "../claim-row";
import { inChunks } from "./in-chunks";
import { fetchClaimsByIds, fetchQuestionClaims, QUESTION_CLAIMS_SHOWN } from "./question-claims";

export { QUESTION_CLAIMS_SHOWN };

type QuestionRow = Prisma.QuestionGetPayload<object>;

/** A stored question in the API's shape (without its claims). */
export function fromQuestionRow(row: QuestionRow) {
  return {
    id: row.id,
    label: row.label,
    category: row.category as Category,
    unit: row.unit,
    subject: row.subject,
    scope: { place: row.scopePlace, group: row.scopeGroup, state: row.scopeState },
    parentId: row.parentId,
    claimCount: row.claimCount,
    sourceCount: row.sourceCount,
    sources: JSON.parse(row.figures) as SourceFigure[],
    spread: row.spreadLow !== null && row.spreadHigh !== null ? { low: row.spreadLow, high: row.spreadHigh } : null,
    consensus:
      row.consensusLow !== null && row.consensusHigh !== null && row.consensusBest !== null
        ? { low: row.consensusLow, best: row.consensusBest, high: row.consensusHigh, method: row.consensusMethod, explanation: row.consensusExplanation }
        : null,
    conflictScore: row.conflictScore,
    firstDate: row.firstDate,
    lastDate: row.lastDate,
    summary: row.summary,
    relationCounts: JSON.parse(row.relationCounts) as Partial<Record<RelationType, number>>,
    timeline: JSON.parse(row.timeline) as ReturnType<typeof timelineOf>,
  };
}
export type QuestionSummary = ReturnType<typeof fromQuestionRow>;

export interface QuestionListFilters {
  source: string[];
  category?: Category;
  page: number;
  pageSize: number;
}

function questionWhere(f: Pick<QuestionListFilters, "source" | "category">): Prisma.QuestionWhereInput {
  return {
    ...(f.category ? { category: f.category } : {}),
    ...(f.source.length ? { claims: { some: { sourceId: { in: f.source } } } } : {}),
  };
}

function fromRelationRow(r: Prisma.RelationGetPayload<object>) {
  return { type: r.type as RelationType, claims: JSON.parse(r.claimIds) as number[], explanation: r.explanation };
}

/** The question page lists this many relations of each type; relationCounts has the full numbers. */
export const RELATIONS_SHOWN_PER_TYPE = 12;
/** …and names this many claims of each (a repeat may list a hundred). */
export const CLAIMS_SHOWN_PER_RELATION = 6;

function firstOfEachType<T extends { type: string }>(relations: T[], perType: number): T[] {
  const seen = new Map<string, number>();
  return relations.filter((r) => {
    const n = (seen.get(r.type) ?? 0) + 1;
    seen.set(r.type, n);
    return n <= perType;
  });
}

/** Questions from most to least contested. */
export async function fetchQuestionsPage(f: QuestionListFilters) {
  const where = questionWhere(f);
  const [rows, total] = await Promise.all([
    prisma.question.findMany({
      where,
      orderBy: [{ conflictScore: "desc" }, { claimCount: "desc" }, { id: "asc" }],
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
    prisma.question.count({ where }),
  ]);
  return { questions: rows.map(fromQuestionRow), total, page: f.page, pageSize: f.pageSize };
}

/** One question for its page (the caps keep it readable) or for the API (no caps: every stored relation), with its latest claims. */
export async function fetchQuestion(id: string, { relationsPerType = Infinity, claimsPerRelation = Infinity } = {}) {
  // The claims are read apart from the question (see fetchQuestionClaims): a nested `take` is not a bound.
  const [row, claims] = await Promise.all([
    prisma.question.findUnique({
      where: { id },
      include: {
        relations: { orderBy: { id: "asc" } },
        parent: { select: { id: true, label: true } },
        children: { select: { id: true, label: true }, orderBy: { id: "asc" } },
      },
    }),
    fetchQuestionClaims(id),
  ]);
  if (!row) return null;
  const relations = firstOfEachType(row.relations, relationsPerType).map(fromRelationRow);
  const shown = new Set(claims.map((c) => c.id));
  // Sums and parts name claims stored in neighbouring questions: fetch those too, so every relation can be read.
  const named = relations.flatMap((r) => r.claims.slice(0, claimsPerRelation));
  const missing = [...new Set(named)].filter((claimId) => !shown.has(claimId));
  return {
    ...fromQuestionRow(row),
    parent: row.parent,
    children: row.children,
    relations,
    claims,
    relatedClaims: await fetchClaimsByIds(missing),
  };
}
export type QuestionDetail = NonNullable<Awaited<ReturnType<typeof fetchQuestion>>>;

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The latest claims of each question, at most `perQuestion` each: one window query, however large a question is. */
async function latestClaimIds(questionIds: string[], perQuestion: number): Promise<number[]> {
  if (questionIds.length === 0) return [];
  const rows = await prisma.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT "id" FROM (
       SELECT "id", ROW_NUMBER() OVER (PARTITION BY "questionId" ORDER BY "dateForSort" DESC, "id" DESC) AS "rank"
         FROM "Claim" WHERE "questionId" IN (${questionIds.map(() => "?").join(", ")})
     ) WHERE "rank" <= ?`,
    ...questionIds,
    perQuestion,
  );
  return rows.map((r) => Number(r.id));
}

/** The order of the comparison table: the latest date first (no date last), then the highest id. */
function latestFirst(a: { dateForSort: string | null; id: number }, b: { dateForSort: string | null; id: number }): number {
  if (a.dateForSort !== b.dateForSort) {
    if (a.dateForSort === null) return 1;
    if (b.dateForSort === null) return -1;
    return a.dateForSort < b.dateForSort ? 1 : -1;
  }
  return b.id - a.id;
}

/**
 * A page of questions with their latest claims (as many as the question page
 * shows; `claimCount` tells how many there are) and relations, in a handful of
 * queries whatever the page size.
 */
export async function fetchQuestionsPageWithClaims(filters: QuestionListFilters) {
  const page = await fetchQuestionsPage(filters);
  const ids = page.questions.map((q) => q.id);
  const [claims, relations] = await Promise.all([
    latestClaimIds(ids, QUESTION_CLAIMS_SHOWN).then(async (claimIds) =>
      // A page of 12 questions already names 1,200 claims: more than one statement may bind.
      (await inChunks(claimIds, (slice) => prisma.claim.findMany({ where: { id: { in: slice } }, include: { article: { select: { fileName: true } } } }))).sort(latestFirst),
    ),
    prisma.relation.findMany({ where: { questionId: { in: ids } }, orderBy: { id: "asc" } }),
  ]);
  const claimsByQuestion = groupBy(claims, (c) => c.questionId);
  const relationsByQuestion = groupBy(relations, (r) => r.questionId);
  return {
    ...page,
    questions: page.questions.map((question) => ({
      ...question,
      claims: (claimsByQuestion.get(question.id) ?? []).map(fromClaimRow),
      relations: (relationsByQuestion.get(question.id) ?? []).map(fromRelationRow),
    })),
  };
}
