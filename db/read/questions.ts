import type { Category } from "../../lib/claims/claim";
import type { timelineOf } from "../../lib/reconcile/timeline";
import type { RelationType, SourceFigure } from "../../lib/reconcile/types";
import type { Prisma } from "../generated/client";
import { fetchClaimsByIds, fetchQuestionClaims, QUESTION_CLAIMS_SHOWN } from "./question-claims";
import { reader } from "./reader";
import { relationsOf } from "./question-relations";

export { QUESTION_CLAIMS_SHOWN };

export type QuestionRow = Prisma.QuestionGetPayload<object>;

/** What a stored question says of itself, as lists show it: its timeline (every point of every source) is left for its own page. */
export function questionSummaryOf(row: Omit<QuestionRow, "timeline" | "reach">) {
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
  };
}
export type QuestionSummary = ReturnType<typeof questionSummaryOf>;

/** A stored question in the API's shape (without its claims). */
export function fromQuestionRow(row: QuestionRow) {
  return { ...questionSummaryOf(row), timeline: JSON.parse(row.timeline) as ReturnType<typeof timelineOf> };
}

export interface QuestionListFilters {
  source: string[];
  category?: Category;
  page: number;
  pageSize: number;
}

/** The list's filters as a condition on Question rows aliased q. */
function questionWhereSql(f: Pick<QuestionListFilters, "source" | "category">): { sql: string; params: string[] } {
  const sql = ["1"];
  const params: string[] = [];
  if (f.category) {
    sql.push(`q."category" = ?`);
    params.push(f.category);
  }
  if (f.source.length) {
    sql.push(`EXISTS (SELECT 1 FROM "Claim" c WHERE c."questionId" = q."id" AND c."sourceId" IN (SELECT value FROM json_each(?)))`);
    params.push(JSON.stringify(f.source));
  }
  return { sql: sql.join(" AND "), params };
}

/** The question page lists this many relations of each type; relationCounts has the full numbers. */
export const RELATIONS_SHOWN_PER_TYPE = 12;
/** …and names this many claims of each (a repeat may list a hundred). */
export const CLAIMS_SHOWN_PER_RELATION = 6;

/** Every column a summary reads (not the timeline or the reach, which run to hundreds of kilobytes on a large question). */
export const SUMMARY_COLUMNS = `q."id", q."label", q."category", q."unit", q."scopePlace", q."scopeGroup", q."scopeState", q."parentId", q."claimCount", q."sourceCount",
  q."spreadLow", q."spreadHigh", q."consensusLow", q."consensusBest", q."consensusHigh", q."consensusMethod", q."consensusExplanation", q."figures",
  q."relationCounts", q."conflictScore", q."firstDate", q."lastDate", q."subject", q."summary"`;

/** Questions from most to least contested, as summaries, read through the shared read-only connection. */
export async function fetchQuestionsPage(f: QuestionListFilters) {
  const where = questionWhereSql(f);
  const db = reader();
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM "Question" q WHERE ${where.sql} ORDER BY q."conflictScore" DESC, q."claimCount" DESC, q."id" ASC LIMIT ? OFFSET ?`)
    .all(...where.params, f.pageSize, (f.page - 1) * f.pageSize) as Omit<QuestionRow, "timeline" | "reach">[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM "Question" q WHERE ${where.sql}`).get(...where.params) as { total: number };
  return { questions: rows.map(questionSummaryOf), total, page: f.page, pageSize: f.pageSize };
}

/** One question for its page (the caps keep it readable) or for the API (no caps: every stored relation), with its latest claims. */
export async function fetchQuestion(id: string, { relationsPerType = Infinity, claimsPerRelation = Infinity } = {}) {
  // The claims are read apart from the question (see fetchQuestionClaims): a nested `take` is not a bound.
  // Everything through the shared read-only connection: Prisma maps rows at 20–40 µs each.
  const db = reader();
  const row = db.prepare(`SELECT * FROM "Question" WHERE "id" = ?`).get(id) as QuestionRow | undefined;
  if (!row) return null;
  const parent = row.parentId === null ? null : ((db.prepare(`SELECT "id", "label" FROM "Question" WHERE "id" = ?`).get(row.parentId) as { id: string; label: string } | undefined) ?? null);
  const children = db.prepare(`SELECT "id", "label" FROM "Question" WHERE "parentId" = ? ORDER BY "id"`).all(id) as { id: string; label: string }[];
  const claims = await fetchQuestionClaims(id);
  // Only the relations shown: the largest question stores hundreds of each type.
  const relations = relationsOf([id], relationsPerType).get(id) ?? [];
  const shown = new Set(claims.map((c) => c.id));
  // Sums and parts name claims stored in neighbouring questions: fetch those too, so every relation can be read.
  const named = relations.flatMap((r) => r.claims.slice(0, claimsPerRelation));
  const missing = [...new Set(named)].filter((claimId) => !shown.has(claimId));
  return {
    ...fromQuestionRow(row),
    parent,
    children,
    relations,
    claims,
    relatedClaims: await fetchClaimsByIds(missing),
  };
}
export type QuestionDetail = NonNullable<Awaited<ReturnType<typeof fetchQuestion>>>;
