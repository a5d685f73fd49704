// What a decision reads and the audit log keeps of a claim, a question and a
// source: their rows as they stand, before and after a decision.
import type { ClaimAnchor } from "../../lib/review/decisions";
import { anchorOf } from "../../lib/review/match";
import { FIELD_COLUMNS_SQL, fieldsFromColumns, machineFieldsOf, type FieldColumns } from "../review-row";
import type { SqliteDatabase } from "../sqlite";

export type ClaimRow = FieldColumns & { id: number; articleId: number; start: number; end: number; machine: string | null; questionId: string | null; reviewStatus: string; rejectReason: string | null };

export function claimRow(db: SqliteDatabase, id: number): ClaimRow | undefined {
  return db
    .prepare<[number], ClaimRow>(
      `SELECT c."id", c."articleId", c."start", c."end", c."machine", c."questionId", c."reviewStatus", c."rejectReason", ${FIELD_COLUMNS_SQL} FROM "Claim" c WHERE c."id" = ?`,
    )
    .get(id);
}

/** What the audit log shows of a claim, before and after. */
export function claimSnapshot(row: ClaimRow | undefined) {
  if (!row) return null;
  return { articleId: row.articleId, status: row.reviewStatus, rejectReason: row.rejectReason, questionId: row.questionId, ...fieldsFromColumns(row) };
}

export function claimAnchor(row: ClaimRow): ClaimAnchor {
  const machine = machineFieldsOf(row);
  return anchorOf({ id: row.id, articleId: row.articleId, start: row.start, end: row.end, value: machine.value });
}

type QuestionRow = { id: string; label: string; claimCount: number; consensusLow: number | null; consensusBest: number | null; consensusHigh: number | null };

export function questionSnapshot(db: SqliteDatabase, id: string): QuestionRow | null {
  return (
    db
      .prepare<[string], QuestionRow>(`SELECT "id", "label", "claimCount", "consensusLow", "consensusBest", "consensusHigh" FROM "Question" WHERE "id" = ?`)
      .get(id) ?? null
  );
}

type SourceRow = { id: string; name: string; kind: string; country: string | null; aliases: string };

export function sourceSnapshot(db: SqliteDatabase, id: string) {
  const row = db.prepare<[string], SourceRow>(`SELECT "id", "name", "kind", "country", "aliases" FROM "Source" WHERE "id" = ?`).get(id);
  return row ? { ...row, aliases: JSON.parse(row.aliases) as string[] } : null;
}
