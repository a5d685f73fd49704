// Lays the stored decisions over the machine's claims again: called by every
// regroup (after an ingest, a re-extraction or a new decision). The Claim
// columns hold the effective claim; the machine's fields of every changed row
// are kept in its `machine` column, so each run starts from the machine's
// output, applies the decisions afresh and gives the same result.
import { applyClaimDecisions, type MachineClaim } from "../../lib/review/apply-claims";
import { reviewSources, type RegistrySource } from "../../lib/review/apply-sources";
import { type ClaimMove } from "../../lib/review/apply-questions";
import { type ClaimAnchor, type ClaimDecision, type ClaimFields, type QuestionDecision, type SourceDecision } from "../../lib/review/decisions";
import { matchAnchor } from "../../lib/review/match";
import { FIELD_COLUMNS, FIELD_COLUMNS_SQL, fieldsFromColumns, fieldsToColumns, machineFieldsOf, type FieldColumns } from "../review-row";
import type { SqliteDatabase } from "../sqlite";

interface DecisionRow {
  id: number;
  target: string;
  action: string;
  claimId: number | null;
  articleId: number | null;
  start: number | null;
  end: number | null;
  figure: string | null;
  questionId: string | null;
  sourceId: string | null;
  payload: string;
}

export interface AppliedReview {
  questionDecisions: QuestionDecision[];
  moves: Map<number, ClaimMove>;
  /** The stored claim an anchor names now (machine or added), or null. */
  resolve(anchor: ClaimAnchor): number | null;
  orphans: number[];
  /** The decisions applied to each stored claim, oldest first. */
  decisionsOn: Map<number, number[]>;
}

function anchorOfRow(row: DecisionRow): ClaimAnchor {
  return { claimId: row.claimId, articleId: row.articleId!, start: row.start!, end: row.end!, figure: JSON.parse(row.figure!) as ClaimAnchor["figure"] };
}

/** Anchors of claim decisions since undone: their log lines follow the claim too. */
function readUndoneAnchors(db: SqliteDatabase): { id: number; anchor: ClaimAnchor }[] {
  return db
    .prepare<[], DecisionRow>(`SELECT * FROM "Decision" WHERE "undoneAt" IS NOT NULL AND "target" = 'claim' AND "action" <> 'add' ORDER BY "id"`)
    .all()
    .map((row) => ({ id: row.id, anchor: anchorOfRow(row) }));
}

function readDecisions(db: SqliteDatabase) {
  const rows = db.prepare<[], DecisionRow>(`SELECT * FROM "Decision" WHERE "undoneAt" IS NULL ORDER BY "id"`).all();
  const claims: ClaimDecision[] = [];
  const questions: QuestionDecision[] = [];
  const sources: SourceDecision[] = [];
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as Record<string, unknown>;
    if (row.target === "claim") claims.push({ id: row.id, anchor: anchorOfRow(row), action: row.action, ...payload } as ClaimDecision);
    else if (row.target === "question") questions.push({ id: row.id, questionId: row.questionId!, action: row.action, ...payload } as QuestionDecision);
    else if (row.target === "source") sources.push({ id: row.id, sourceId: row.sourceId!, action: row.action, ...payload } as SourceDecision);
  }
  return { claims, questions, sources };
}

const SET_FIELDS = FIELD_COLUMNS.map((c) => `"${c}" = @${c}`).join(", ");

/** Puts every row a decision had changed back to the machine's fields, and drops the review marks. */
function restoreMachineFields(db: SqliteDatabase) {
  const changed = db.prepare<[], { id: number; machine: string }>(`SELECT "id", "machine" FROM "Claim" WHERE "machine" IS NOT NULL AND "addedBy" IS NULL`).all();
  const restore = db.prepare(`UPDATE "Claim" SET ${SET_FIELDS}, "machine" = NULL WHERE "id" = @id`);
  for (const { id, machine } of changed) restore.run({ id, ...fieldsToColumns(JSON.parse(machine) as ClaimFields) });
  db.exec(`UPDATE "Claim" SET "reviewStatus" = 'unreviewed', "rejectReason" = NULL WHERE "reviewStatus" <> 'unreviewed' AND "addedBy" IS NULL`);
}

type StoredClaim = FieldColumns & { id: number; articleId: number; start: number; end: number; machine: string | null; addedBy: number | null };

/** The stored claims of the articles the decisions name: the only candidates their anchors can match. */
function claimsOfArticles(db: SqliteDatabase, articleIds: readonly number[]): StoredClaim[] {
  if (articleIds.length === 0) return [];
  return db
    .prepare<[string], StoredClaim>(
      `SELECT c."id", c."articleId", c."start", c."end", c."machine", c."addedBy", ${FIELD_COLUMNS_SQL}
         FROM "Claim" c WHERE c."articleId" IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(articleIds));
}

/** Puts every source a decision had renamed or re-kinded back to the registry's own fields, so that undone decisions leave no trace. */
function restoreRegistryFields(db: SqliteDatabase) {
  db.exec(
    `UPDATE "Source" SET "name" = json_extract("registry", '$.name'), "kind" = json_extract("registry", '$.kind'),
            "country" = json_extract("registry", '$.country'), "registry" = NULL WHERE "registry" IS NOT NULL`,
  );
}

/** The sources as the decisions leave them; a row they change keeps the registry's fields aside. */
function writeReviewedSources(db: SqliteDatabase, registry: readonly RegistrySource[], reviewed: ReturnType<typeof reviewSources>["sources"]) {
  const own = new Map(registry.map((s) => [s.id, s]));
  const update = db.prepare(`UPDATE "Source" SET "name" = @name, "kind" = @kind, "country" = @country, "aliases" = @aliases, "registry" = @registry WHERE "id" = @id`);
  for (const s of reviewed) {
    const before = own.get(s.id);
    const changed = before !== undefined && (before.name !== s.name || before.kind !== s.kind || before.country !== s.country);
    const registryFields = changed ? JSON.stringify({ name: before.name, kind: before.kind, country: before.country }) : null;
    update.run({ id: s.id, name: s.name, kind: s.kind, country: s.country, aliases: JSON.stringify(s.aliases), registry: registryFields });
  }
}

function ensureSources(db: SqliteDatabase, refs: Iterable<{ id: string; name: string }>) {
  const insert = db.prepare(`INSERT INTO "Source" ("id", "name", "country", "kind") VALUES (?, ?, NULL, 'other') ON CONFLICT ("id") DO NOTHING`);
  for (const ref of refs) insert.run(ref.id, ref.name);
}

export function applyReview(db: SqliteDatabase): AppliedReview {
  const decisions = readDecisions(db);
  restoreMachineFields(db);

  restoreRegistryFields(db);
  const registry = db.prepare<[], RegistrySource>(`SELECT "id", "name", "country", "kind" FROM "Source"`).all();
  // Sources an analyst named anew exist before any claim refers to them.
  const known = new Set(registry.map((s) => s.id));
  const named = decisions.claims
    .flatMap((d) => (d.action === "correct" && d.changes.source ? [d.changes.source] : d.action === "add" && d.fields.source ? [d.fields.source] : []))
    .filter((ref) => !known.has(ref.id));
  ensureSources(db, named);
  const sourceReview = reviewSources([...registry, ...named.map((ref) => ({ ...ref, country: null, kind: "other" }))], decisions.sources);
  writeReviewedSources(db, registry, sourceReview.sources);

  const undone = readUndoneAnchors(db);
  const anchors = [...decisions.claims.map((d) => d.anchor), ...decisions.questions.flatMap((d) => ("claims" in d ? d.claims : [])), ...undone.map((d) => d.anchor)];
  const stored = claimsOfArticles(db, [...new Set(anchors.map((a) => a.articleId))]);
  const machine: MachineClaim[] = stored
    .filter((c) => c.addedBy === null)
    .map((c) => {
      const fields = machineFieldsOf(c);
      return { id: c.id, articleId: c.articleId, start: c.start, end: c.end, value: fields.value, fields };
    });
  const review = applyClaimDecisions(machine, decisions.claims);

  const addedRowOf = new Map(stored.filter((c) => c.addedBy !== null).map((c) => [c.addedBy!, c.id]));
  const publishedOf = db.prepare<[number], { published: string | null; publisher: string | null; text: string }>(`SELECT "published", "publisher", "text" FROM "Article" WHERE "id" = ?`);
  const insertAdded = db.prepare(
    `INSERT INTO "Claim" ("articleId", "outlet", "quote", "start", "end", "mentions", ${FIELD_COLUMNS.map((c) => `"${c}"`).join(", ")}, "dateForSort", "addedBy")
     VALUES (@articleId, @outlet, @quote, @start, @end, '[]', ${FIELD_COLUMNS.map((c) => `@${c}`).join(", ")}, @dateForSort, @addedBy)`,
  );
  const keptAdded = new Set<number>();
  for (const added of review.added) {
    keptAdded.add(added.decisionId);
    if (addedRowOf.has(added.decisionId)) continue;
    const article = publishedOf.get(added.articleId);
    if (!article) continue;
    const row = { articleId: added.articleId, outlet: article.publisher, quote: article.text.slice(added.start, added.end), start: added.start, end: added.end };
    const info = insertAdded.run({ ...row, ...fieldsToColumns(added.fields), dateForSort: added.fields.asOf ?? article.published, addedBy: added.decisionId });
    addedRowOf.set(added.decisionId, Number(info.lastInsertRowid));
  }
  // An added claim whose decision was undone, or that the machine now finds itself, goes.
  const deleteAdded = db.prepare(`DELETE FROM "Claim" WHERE "id" = ?`);
  for (const [decisionId, rowId] of addedRowOf) {
    if (keptAdded.has(decisionId)) continue;
    deleteAdded.run(rowId);
    addedRowOf.delete(decisionId);
  }

  const rowIdOf = (outcomeId: number) => (outcomeId < 0 ? addedRowOf.get(-outcomeId) : outcomeId);
  const writeOutcome = db.prepare(
    `UPDATE "Claim" SET ${SET_FIELDS}, "dateForSort" = COALESCE(@asOf, (SELECT "published" FROM "Article" WHERE "id" = "Claim"."articleId")),
            "machine" = @machine, "reviewStatus" = @status, "rejectReason" = @rejectReason WHERE "id" = @id`,
  );
  const moves = new Map<number, ClaimMove>();
  const decisionsOn = new Map<number, number[]>();
  for (const outcome of review.outcomes.values()) {
    const id = rowIdOf(outcome.id);
    if (id === undefined) continue;
    decisionsOn.set(id, outcome.decisionIds);
    const fields = { ...outcome.fields, source: sourceReview.resolve(outcome.fields.source) };
    const changed = JSON.stringify(fields) !== JSON.stringify(outcome.machine) || outcome.id < 0;
    writeOutcome.run({ id, ...fieldsToColumns(fields), machine: changed ? JSON.stringify(outcome.machine) : null, status: outcome.status, rejectReason: outcome.rejectReason });
    if (outcome.questionId !== null) moves.set(id, { questionId: outcome.questionId, decisionId: outcome.decisionIds.at(-1)! });
  }
  resolveSourcesOfOtherClaims(db, sourceReview.affected, sourceReview.resolve);

  const claimOfDecision = new Map<number, number>();
  for (const [claimId, decisionIds] of decisionsOn) for (const decisionId of decisionIds) claimOfDecision.set(decisionId, claimId);
  for (const { id, anchor } of undone) {
    const found = matchAnchor(anchor, machine);
    if (found) claimOfDecision.set(id, found.id);
  }
  relinkHistory(db, claimOfDecision);

  const candidates = [...machine, ...review.added.map((a) => ({ ...a, id: addedRowOf.get(a.decisionId) ?? a.id }))];
  return {
    questionDecisions: decisions.questions,
    moves,
    resolve: (anchor) => matchAnchor(anchor, candidates)?.id ?? null,
    orphans: [...review.orphans, ...sourceReview.orphans],
    decisionsOn,
  };
}

/** Claims of a merged or renamed source that no claim decision touched: their source as it now stands, the machine's kept aside. */
function resolveSourcesOfOtherClaims(db: SqliteDatabase, affected: Set<string>, resolve: ReturnType<typeof reviewSources>["resolve"]) {
  if (affected.size === 0) return;
  const rows = db
    .prepare<[string], StoredClaim>(
      `SELECT c."id", c."articleId", c."start", c."end", c."machine", c."addedBy", ${FIELD_COLUMNS_SQL} FROM "Claim" c
        WHERE c."sourceId" IN (SELECT value FROM json_each(?)) AND c."machine" IS NULL AND c."addedBy" IS NULL`,
    )
    .all(JSON.stringify([...affected]));
  const update = db.prepare(`UPDATE "Claim" SET "sourceId" = @sourceId, "sourceName" = @sourceName, "machine" = @machine WHERE "id" = @id`);
  for (const row of rows) {
    const fields = fieldsFromColumns(row);
    const source = resolve(fields.source);
    update.run({ id: row.id, sourceId: source?.id ?? null, sourceName: source?.name ?? null, machine: JSON.stringify(fields) });
  }
}

/**
 * A re-extraction gives the claims new ids: each decision, and its lines in
 * the audit log, move to the id of the claim its anchor names now, so a
 * claim's history follows it. Only decisions whose claim changed are written.
 */
function relinkHistory(db: SqliteDatabase, claimOfDecision: ReadonlyMap<number, number>) {
  const linked = db.prepare<[], { id: number; claimId: number | null }>(`SELECT "id", "claimId" FROM "Decision" WHERE "target" = 'claim'`).all();
  const moveDecision = db.prepare(`UPDATE "Decision" SET "claimId" = ? WHERE "id" = ?`);
  const moveLog = db.prepare(`UPDATE "AuditLog" SET "claimId" = ? WHERE "decisionId" = ? AND "target" = 'claim'`);
  for (const { id, claimId } of linked) {
    const now = claimOfDecision.get(id);
    if (now === undefined || now === claimId) continue;
    moveDecision.run(now, id);
    moveLog.run(now, id);
  }
}

/** Marks which decisions found nothing to act on in the last regroup, for the analyst's list. */
export function markOrphans(db: SqliteDatabase, orphans: readonly number[]) {
  db.prepare(`UPDATE "Decision" SET "orphaned" = ("id" IN (SELECT value FROM json_each(?))) WHERE "orphaned" <> ("id" IN (SELECT value FROM json_each(?)))`).run(
    JSON.stringify(orphans),
    JSON.stringify(orphans),
  );
}
