// The regroup after a decision on one claim (reject, correct, move, and their
// undo). Grouping every claim is cheap next to analysing and writing every
// question, so the claims are grouped in full, and only the questions the
// claim's change can reach are analysed and written again, when that gives
// what a full regroup would: the claim's article keeps what links it to other
// articles (so every story stays), the set of question keys stays (so every
// question keeps its id, parent and wider questions), and no question comes
// or goes. Otherwise every question is written again, as after an ingest.
import { reachOfQuestions } from "../../lib/comparison/reach";
import { buildQuestions, groupForReconcile, rankQuestions, type Grouped } from "../../lib/reconcile";
import { reachedBy } from "../../lib/reconcile/affected";
import { keyOfClaim } from "../../lib/reconcile/question-key";
import { featuresOf } from "../../lib/reconcile/stories";
import type { Question, ReconcileClaim } from "../../lib/reconcile/types";
import { reviewQuestions, type QuestionReview } from "../../lib/review/apply-questions";
import { type ClaimAnchor, type QuestionDecision } from "../../lib/review/decisions";
import { fieldsFromColumns } from "../review-row";
import type { SqliteDatabase } from "../sqlite";
import { insertRows, upsertRows } from "./bulk-insert";
import { groupByQuestion, loadClaims, orderParentsFirst, toQuestionRow, type StoredMemberships } from "./question-rows";
import { writeGrouping } from "./rebuild-questions";
import { applyReview } from "./review-apply";
import type { ClaimRow } from "./review-snapshots";

/** The claim as grouping read it before the decision, or null when it was rejected. */
function claimBefore(db: SqliteDatabase, row: ClaimRow): ReconcileClaim | null {
  if (row.reviewStatus === "rejected") return null;
  const article = db.prepare<[number], { published: string | null }>(`SELECT "published" FROM "Article" WHERE "id" = ?`).get(row.articleId);
  const fields = fieldsFromColumns(row);
  return {
    id: row.id,
    articleId: row.articleId,
    outlet: null,
    published: article?.published ?? null,
    source: fields.source ? { id: fields.source.id, name: fields.source.name } : null,
    value: fields.value,
    qualifier: fields.qualifier,
    unit: fields.unit,
    category: fields.category,
    subject: fields.subject,
    scope: fields.scope,
    asOf: fields.asOf,
    stance: fields.stance,
  };
}

interface StoredQuestion {
  id: string;
  parentId: string | null;
  category: string;
  unit: string;
  subject: string | null;
  scopePlace: string | null;
  scopeGroup: string | null;
  scopeState: string | null;
}

/** Every question grouping makes is one already stored, with the same key and parent: no question comes, goes or moves. */
function sameQuestions(db: SqliteDatabase, { grouping }: Grouped): boolean {
  const stored = db.prepare<[], StoredQuestion>(`SELECT "id", "parentId", "category", "unit", "subject", "scopePlace", "scopeGroup", "scopeState" FROM "Question"`).all();
  if (stored.length !== grouping.drafts.length) return false;
  return stored.every((q) => {
    const draft = grouping.byId.get(q.id);
    if (!draft) return false;
    const { key } = draft;
    return (
      draft.parentId === q.parentId &&
      key.category === q.category &&
      key.unit === q.unit &&
      key.subject === q.subject &&
      key.place === q.scopePlace &&
      key.group === q.scopeGroup &&
      key.state === q.scopeState
    );
  });
}

/**
 * The questions whose claims change, when only those can change; null when
 * the change reaches the grouping itself (a story, a question key, a question).
 */
function changedQuestions(db: SqliteDatabase, grouped: Grouped, claims: readonly ReconcileClaim[], stored: StoredMemberships, before: ClaimRow): Set<string> | null {
  const pre = claimBefore(db, before);
  const post = claims.find((c) => c.id === before.id) ?? null;
  const others = claims.filter((c) => c.articleId === before.articleId && c.id !== before.id);
  const featuresBefore = featuresOf(pre ? [...others, pre] : others);
  const featuresAfter = featuresOf(post ? [...others, post] : others);
  if (featuresBefore.join("\n") !== featuresAfter.join("\n")) return null;

  const story = grouped.facts.find((f) => f.claim.articleId === before.articleId)?.story ?? "";
  const assertionKey = (claim: ReconcileClaim | null) => (claim && claim.stance !== "denies" ? keyOfClaim(claim, story).keyString : null);
  const keyBefore = assertionKey(pre);
  const keyAfter = assertionKey(post);
  for (const key of [keyBefore, keyAfter]) {
    if (key === null) continue;
    const after = grouped.grouping.assertionsOf.get(key) ?? 0;
    const beforeCount = after - (keyAfter === key ? 1 : 0) + (keyBefore === key ? 1 : 0);
    if (after > 0 !== beforeCount > 0) return null;
  }
  if (!sameQuestions(db, grouped)) return null;

  const changed = new Set<string>();
  if (before.questionId !== null) changed.add(before.questionId);
  for (const m of grouped.grouping.memberships) {
    const was = stored.get(m.claimId);
    if (m.claimId === before.id || was?.questionId !== m.questionId || was?.reason !== m.reason) {
      changed.add(m.questionId);
      if (was?.questionId) changed.add(was.questionId);
    }
  }
  return changed;
}

/** Question decisions whose standing the rebuilt questions decide: the others keep their mark. */
function decisionsDecidedBy(decisions: readonly QuestionDecision[], rebuilt: ReadonlySet<string>, questionOf: ReadonlyMap<number, string>, resolve: (anchor: ClaimAnchor) => number | null): number[] {
  return decisions
    .filter((d) => {
      if (d.action === "merge" || d.action === "split") return true;
      if (!rebuilt.has(d.questionId)) return false;
      if (d.action !== "relation_wrong") return true;
      return d.claims.every((anchor) => {
        const id = resolve(anchor);
        return id === null || rebuilt.has(questionOf.get(id) ?? "");
      });
    })
    .map((d) => d.id);
}

function writeRebuilt(db: SqliteDatabase, claims: readonly ReconcileClaim[], grouped: Grouped, questions: readonly Question[], stored: StoredMemberships, before: ClaimRow) {
  const { memberships, drafts } = grouped.grouping;
  const rebuilt = new Set(questions.map((q) => q.id));
  const claimsOf = groupByQuestion(claims, memberships);
  const reach = reachOfQuestions(drafts, claimsOf, rebuilt);
  db.prepare(`DELETE FROM "Relation" WHERE "questionId" IN (SELECT value FROM json_each(?))`).run(JSON.stringify([...rebuilt]));
  upsertRows(db, "Question", orderParentsFirst(questions).map((q) => toQuestionRow(q, claimsOf.get(q.id) ?? [], reach.get(q.id)!)), "id");
  insertRows(db, "Relation", questions.flatMap((q) => q.relations.map((r) => ({ questionId: q.id, type: r.type, claimIds: JSON.stringify(r.claims), explanation: r.explanation }))));
  const move = db.prepare(`UPDATE "Claim" SET "questionId" = ?, "questionReason" = ? WHERE "id" = ?`);
  for (const m of memberships) {
    const was = stored.get(m.claimId);
    if (was?.questionId !== m.questionId || was?.reason !== m.reason) move.run(m.questionId, m.reason, m.claimId);
  }
  if (!memberships.some((m) => m.claimId === before.id)) move.run(null, null, before.id);
  const after = claims.find((c) => c.id === before.id);
  db.prepare(`UPDATE "Source" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" WHERE "Claim"."sourceId" = "Source"."id") WHERE "id" IN (?, ?)`).run(
    before.sourceId === null ? null : String(before.sourceId),
    after?.source?.id ?? null,
  );
}

function markOrphansAmong(db: SqliteDatabase, orphans: readonly number[], questionDecisions: readonly number[]) {
  db.prepare(
    `UPDATE "Decision" SET "orphaned" = ("id" IN (SELECT value FROM json_each(@orphans)))
      WHERE ("target" <> 'question' OR "undoneAt" IS NOT NULL OR "id" IN (SELECT value FROM json_each(@decided)))
        AND "orphaned" <> ("id" IN (SELECT value FROM json_each(@orphans)))`,
  ).run({ orphans: JSON.stringify(orphans), decided: JSON.stringify(questionDecisions) });
}

/** Regroups after a decision on the claim `before` was (as read before it); inside the decision's transaction. */
export function regroupAfterClaimDecision(db: SqliteDatabase, before: ClaimRow): void {
  const applied = applyReview(db);
  const stored: StoredMemberships = new Map();
  const claims = loadClaims(db, stored);
  const review: QuestionReview = reviewQuestions(applied.questionDecisions, applied.moves, applied.resolve);
  const grouped = groupForReconcile(claims, review.relocate);
  const changed = changedQuestions(db, grouped, claims, stored, before);
  if (changed === null) {
    const questions = review.revise(rankQuestions(buildQuestions(grouped, review.vetoed)));
    writeGrouping(db, { claims, questions, memberships: grouped.grouping.memberships, orphans: [...applied.orphans, ...review.orphans()] });
    return;
  }
  const rebuilt = reachedBy(grouped.grouping.byId, changed);
  const questions = review.revise(buildQuestions(grouped, review.vetoed, rebuilt));
  writeRebuilt(db, claims, grouped, questions, stored, before);
  const questionOf = new Map(grouped.grouping.memberships.map((m) => [m.claimId, m.questionId]));
  markOrphansAmong(db, [...applied.orphans, ...review.orphans()], decisionsDecidedBy(applied.questionDecisions, rebuilt, questionOf, applied.resolve));
}
