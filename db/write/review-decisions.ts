// Recording an analyst's decision: the decision and its audit line are stored,
// the decisions are applied again (with a regroup where grouping can change),
// and the line gets the state after, all in one transaction, so a failure
// leaves nothing half-written.
import {
  type AddClaimInput,
  type ClaimAnchor,
  type ClaimDecisionInput,
  type QuestionDecisionInput,
  type SourceDecisionInput,
} from "../../lib/review/decisions";
import type { SqliteDatabase } from "../sqlite";
import { rebuildQuestions } from "./rebuild-questions";
import { regroupAfterClaimDecision } from "./regroup-claim";
import { applyReview } from "./review-apply";
import { claimAnchor, claimRow, type ClaimRow, claimSnapshot, questionSnapshot, sourceSnapshot } from "./review-snapshots";

export interface Reviewer {
  id: string | null;
  name: string;
}

/** A decision the database cannot take as given: `code` says whether what it names is missing or the request is wrong. */
export class ReviewError extends Error {
  constructor(
    readonly code: "not_found" | "invalid",
    message: string,
  ) {
    super(message);
  }
}

function requireClaim(db: SqliteDatabase, id: number): ClaimRow {
  const row = claimRow(db, id);
  if (!row) throw new ReviewError("not_found", `No claim ${id}: it may have been removed by a re-extraction; reload the page.`);
  return row;
}

const exists = (db: SqliteDatabase, table: "Question" | "Source" | "Article", id: string | number) =>
  db.prepare(`SELECT 1 FROM "${table}" WHERE "id" = ?`).get(id) !== undefined;

interface StoredDecision {
  target: "claim" | "question" | "source";
  action: string;
  anchor?: ClaimAnchor;
  questionId?: string | null;
  sourceId?: string | null;
  payload: Record<string, unknown>;
  note?: string;
}

function insertDecision(db: SqliteDatabase, reviewer: Reviewer, d: StoredDecision): number {
  const info = db
    .prepare(
      `INSERT INTO "Decision" ("target", "action", "claimId", "articleId", "start", "end", "figure", "questionId", "sourceId", "payload", "note", "userId", "userName", "createdAt")
       VALUES (@target, @action, @claimId, @articleId, @start, @end, @figure, @questionId, @sourceId, @payload, @note, @userId, @userName, @createdAt)`,
    )
    .run({
      target: d.target,
      action: d.action,
      claimId: d.anchor?.claimId ?? null,
      articleId: d.anchor?.articleId ?? null,
      start: d.anchor?.start ?? null,
      end: d.anchor?.end ?? null,
      figure: d.anchor ? JSON.stringify(d.anchor.figure) : null,
      questionId: d.questionId ?? null,
      sourceId: d.sourceId ?? null,
      payload: JSON.stringify(d.payload),
      note: d.note ?? null,
      userId: reviewer.id,
      userName: reviewer.name,
      createdAt: new Date().toISOString(),
    });
  return Number(info.lastInsertRowid);
}

interface LogLine {
  action: string;
  target: string;
  decisionId: number;
  claimId?: number | null;
  questionId?: string | null;
  sourceId?: string | null;
  before: unknown;
  after: unknown;
  note?: string | null;
}

function writeLog(db: SqliteDatabase, reviewer: Reviewer, line: LogLine) {
  db.prepare(
    `INSERT INTO "AuditLog" ("at", "userId", "userName", "action", "target", "decisionId", "claimId", "questionId", "sourceId", "before", "after", "note")
     VALUES (@at, @userId, @userName, @action, @target, @decisionId, @claimId, @questionId, @sourceId, @before, @after, @note)`,
  ).run({
    at: new Date().toISOString(),
    userId: reviewer.id,
    userName: reviewer.name,
    action: line.action,
    target: line.target,
    decisionId: line.decisionId,
    claimId: line.claimId ?? null,
    questionId: line.questionId ?? null,
    sourceId: line.sourceId ?? null,
    before: line.before === undefined ? null : JSON.stringify(line.before),
    after: line.after === undefined ? null : JSON.stringify(line.after),
    note: line.note ?? null,
  });
}

/** Applies every decision again; a regroup only where the decision can change a question. */
function applyAll(db: SqliteDatabase, regroup: boolean) {
  if (regroup) rebuildQuestions(db);
  else applyReview(db);
}

export interface ClaimDecisionResult {
  decisionId: number;
  claimId: number;
}

function checkSource(db: SqliteDatabase, source: { id: string; name: string } | null | undefined, pickedFromRegistry: boolean) {
  if (source && pickedFromRegistry && !exists(db, "Source", source.id)) {
    throw new ReviewError("invalid", `No source "${source.id}" in the registry: pick one from the list, or give a name only to name a new source.`);
  }
}

export function recordClaimDecision(db: SqliteDatabase, reviewer: Reviewer, input: ClaimDecisionInput, picked = { sourceFromRegistry: true }): ClaimDecisionResult {
  return db.transaction(() => {
    const before = requireClaim(db, input.claimId);
    const { action, claimId, note, ...rest } = input;
    if (action === "move" && !exists(db, "Question", input.questionId)) throw new ReviewError("not_found", `No question "${input.questionId}" to move the claim to.`);
    if (action === "correct") checkSource(db, input.changes.source, picked.sourceFromRegistry);
    const decisionId = insertDecision(db, reviewer, { target: "claim", action, anchor: claimAnchor(before), payload: rest, note });
    // A decision on one claim rebuilds only the questions it can change (regroup-claim.ts).
    if (action === "confirm") applyReview(db);
    else regroupAfterClaimDecision(db, before);
    const after = claimRow(db, claimId);
    writeLog(db, reviewer, {
      action,
      target: "claim",
      decisionId,
      claimId,
      questionId: before.questionId ?? after?.questionId,
      before: claimSnapshot(before),
      after: claimSnapshot(after),
      note,
    });
    return { decisionId, claimId };
  }).immediate();
}

export function recordAddedClaim(db: SqliteDatabase, reviewer: Reviewer, input: AddClaimInput): ClaimDecisionResult {
  return db.transaction(() => {
    const article = db.prepare<[number], { text: string }>(`SELECT "text" FROM "Article" WHERE "id" = ?`).get(input.articleId);
    if (!article) throw new ReviewError("not_found", `No article ${input.articleId}.`);
    if (input.end > article.text.length) throw new ReviewError("invalid", `The selection ends at ${input.end}, past the article's end (${article.text.length}): select words of the article.`);
    const quote = article.text.slice(input.start, input.end);
    if (!quote.trim()) throw new ReviewError("invalid", "The selection holds only spaces: select the words of the claim.");
    const anchor: ClaimAnchor = { claimId: null, articleId: input.articleId, start: input.start, end: input.end, figure: input.fields.value };
    const decisionId = insertDecision(db, reviewer, { target: "claim", action: "add", anchor, payload: { fields: input.fields, quote }, note: input.note });
    rebuildQuestions(db);
    const added = db.prepare<[number], { id: number }>(`SELECT "id" FROM "Claim" WHERE "addedBy" = ?`).get(decisionId);
    // The machine may already hold a claim on these words with this figure: the decision then applies to it.
    const claimId = added?.id ?? db.prepare<[number, number, number], { id: number }>(`SELECT "id" FROM "Claim" WHERE "articleId" = ? AND "start" < ? AND "end" > ? AND "reviewStatus" = 'added'`).get(input.articleId, input.end, input.start)?.id;
    if (claimId === undefined) throw new ReviewError("invalid", "The claim could not be added.");
    const after = claimRow(db, claimId);
    writeLog(db, reviewer, { action: "add", target: "claim", decisionId, claimId, questionId: after?.questionId, before: null, after: claimSnapshot(after), note: input.note });
    return { decisionId, claimId };
  }).immediate();
}

function membersOf(db: SqliteDatabase, questionId: string, claimIds: readonly number[]): ClaimRow[] {
  return claimIds.map((id) => {
    const row = requireClaim(db, id);
    if (row.questionId !== questionId) throw new ReviewError("invalid", `Claim ${id} is not in question "${questionId}".`);
    return row;
  });
}

function relationExists(db: SqliteDatabase, questionId: string, type: string, claimIds: readonly number[]) {
  const rows = db.prepare<[string, string], { claimIds: string }>(`SELECT "claimIds" FROM "Relation" WHERE "questionId" = ? AND "type" = ?`).all(questionId, type);
  const wanted = [...claimIds].sort((a, b) => a - b).join(",");
  return rows.some((r) => (JSON.parse(r.claimIds) as number[]).sort((a, b) => a - b).join(",") === wanted);
}

export function recordQuestionDecision(db: SqliteDatabase, reviewer: Reviewer, input: QuestionDecisionInput): { decisionId: number } {
  return db.transaction(() => {
    const before = questionSnapshot(db, input.questionId);
    if (!before) throw new ReviewError("not_found", `No question "${input.questionId}".`);
    const { action, questionId, note } = input;
    let payload: Record<string, unknown>;
    if (action === "rename") payload = { label: input.label };
    else if (action === "merge") {
      if (!exists(db, "Question", input.into)) throw new ReviewError("not_found", `No question "${input.into}" to merge into.`);
      payload = { into: input.into };
    } else if (action === "split") payload = { label: input.label, claims: membersOf(db, questionId, input.claimIds).map(claimAnchor) };
    else {
      if (!relationExists(db, questionId, input.type, input.claimIds)) throw new ReviewError("not_found", `Question "${questionId}" has no ${input.type} relation between claims ${input.claimIds.join(", ")}.`);
      payload = { type: input.type, claims: input.claimIds.map((id) => claimAnchor(requireClaim(db, id))) };
    }
    const intoBefore = action === "merge" ? questionSnapshot(db, input.into) : null;
    const decisionId = insertDecision(db, reviewer, { target: "question", action, questionId, payload, note });
    rebuildQuestions(db);
    const afterId = action === "merge" ? input.into : questionId;
    writeLog(db, reviewer, { action, target: "question", decisionId, questionId, before, after: questionSnapshot(db, afterId), note });
    // A merge shows on both questions' logs.
    if (action === "merge") writeLog(db, reviewer, { action, target: "question", decisionId, questionId: input.into, before: intoBefore, after: questionSnapshot(db, input.into), note });
    return { decisionId };
  }).immediate();
}

export function recordSourceDecision(db: SqliteDatabase, reviewer: Reviewer, input: SourceDecisionInput): { decisionId: number } {
  return db.transaction(() => {
    const before = sourceSnapshot(db, input.sourceId);
    if (!before) throw new ReviewError("not_found", `No source "${input.sourceId}".`);
    if (input.action === "source_merge" && !exists(db, "Source", input.into)) throw new ReviewError("not_found", `No source "${input.into}" to merge into.`);
    const { action, sourceId, note, ...payload } = input;
    const decisionId = insertDecision(db, reviewer, { target: "source", action, sourceId, payload, note });
    applyAll(db, action !== "source_set");
    writeLog(db, reviewer, { action, target: "source", decisionId, sourceId, before, after: sourceSnapshot(db, input.action === "source_merge" ? input.into : sourceId), note });
    return { decisionId };
  }).immediate();
}

export type UndoTarget = { claimId: number } | { questionId: string } | { sourceId: string };

type LastDecision = { id: number; action: string };

/** The latest decision still applied to a claim (found by anchor, so one made before a re-extraction counts), or made on a question or a source (a merge into it counts). */
function lastDecisionOn(db: SqliteDatabase, target: UndoTarget): LastDecision | undefined {
  if ("claimId" in target) {
    const last = applyReview(db).decisionsOn.get(target.claimId)?.at(-1);
    return last === undefined ? undefined : db.prepare<[number], LastDecision>(`SELECT "id", "action" FROM "Decision" WHERE "id" = ?`).get(last);
  }
  const [kind, id, column] = "questionId" in target ? (["question", target.questionId, "questionId"] as const) : (["source", target.sourceId, "sourceId"] as const);
  return db
    .prepare<[string, string, string], LastDecision>(
      `SELECT "id", "action" FROM "Decision" WHERE "undoneAt" IS NULL AND "target" = ? AND ("${column}" = ? OR json_extract("payload", '$.into') = ?) ORDER BY "id" DESC LIMIT 1`,
    )
    .get(kind, id, id);
}

/** What the log keeps of the target before and after an undo. */
function snapshotOf(db: SqliteDatabase, target: UndoTarget) {
  if ("claimId" in target) return claimSnapshot(claimRow(db, target.claimId));
  if ("questionId" in target) return questionSnapshot(db, target.questionId);
  return sourceSnapshot(db, target.sourceId);
}

export function undoLastDecision(db: SqliteDatabase, reviewer: Reviewer, target: UndoTarget): { decisionId: number; undone: string } {
  return db.transaction(() => {
    const last = lastDecisionOn(db, target);
    if (!last) throw new ReviewError("not_found", "Nothing to undo: no decision stands on it.");
    const before = snapshotOf(db, target);
    const claimBefore = "claimId" in target ? claimRow(db, target.claimId) : undefined;
    db.prepare(`UPDATE "Decision" SET "undoneAt" = ? WHERE "id" = ?`).run(new Date().toISOString(), last.id);
    // Taking back a confirmation, or a kind and country, changes no question, as making it did not.
    const regroups = last.action !== "confirm" && last.action !== "source_set";
    if (regroups && claimBefore && last.action !== "add") regroupAfterClaimDecision(db, claimBefore);
    else applyAll(db, regroups);
    const after = snapshotOf(db, target);
    const claimId = "claimId" in target ? target.claimId : null;
    writeLog(db, reviewer, {
      action: "undo",
      target: claimId !== null ? "claim" : "questionId" in target ? "question" : "source",
      decisionId: last.id,
      claimId,
      questionId: "questionId" in target ? target.questionId : ((before as { questionId?: string } | null)?.questionId ?? null),
      sourceId: "sourceId" in target ? target.sourceId : null,
      before,
      after: after ?? { removed: true, undid: last.action },
      note: `undid: ${last.action}`,
    });
    return { decisionId: last.id, undone: last.action };
  }).immediate();
}
