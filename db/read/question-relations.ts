// A question's stored relations, read through the shared read-only connection:
// the largest question holds hundreds and its API answer every one, which
// Prisma maps at 20–40 µs a row.
import type { RelationType } from "../../lib/reconcile/types";
import type { Prisma } from "../generated/client";
import { reader } from "./reader";

type RelationRow = Prisma.RelationGetPayload<object>;

export function fromRelationRow(r: Pick<RelationRow, "type" | "claimIds" | "explanation">) {
  return { type: r.type as RelationType, claims: JSON.parse(r.claimIds) as number[], explanation: r.explanation };
}
export type StoredRelation = ReturnType<typeof fromRelationRow>;

/** The first `perType` relations of each type of each question (in stored order), or all of them, by question. */
export function relationsOf(questionIds: readonly string[], perType = Infinity): Map<string, StoredRelation[]> {
  // Named, or the order by id makes the planner scan every relation of every question.
  const ofQuestions = `SELECT r.* FROM "Relation" r INDEXED BY "Relation_questionId_type_idx" WHERE r."questionId" IN (SELECT value FROM json_each(?))`;
  const capped = Number.isFinite(perType);
  const sql = capped
    ? `SELECT * FROM (SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r."questionId", r."type" ORDER BY r."id") AS "rank" FROM (${ofQuestions}) r) WHERE "rank" <= ? ORDER BY "id"`
    : `${ofQuestions} ORDER BY r."id"`;
  const params = capped ? [JSON.stringify(questionIds), perType] : [JSON.stringify(questionIds)];
  const rows = reader().prepare(sql).all(...params) as RelationRow[];
  const byQuestion = new Map<string, StoredRelation[]>();
  for (const row of rows) {
    const list = byQuestion.get(row.questionId) ?? [];
    list.push(fromRelationRow(row));
    byQuestion.set(row.questionId, list);
  }
  return byQuestion;
}
