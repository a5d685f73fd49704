// Decisions on questions laid over the machine's grouping: claims moved into
// another question, questions merged or split, labels renamed and relations
// marked wrong. Grouping calls relocate() for every claim; revise() then runs
// over the built questions.
import { type Membership, type Question, type RelationType, type RelationVeto } from "../reconcile/types";
import { splitQuestionId, type ClaimAnchor, type QuestionDecision } from "./decisions";

/** Where an analyst put a claim, and by which decision (the later decision wins over an earlier one). */
export interface ClaimMove {
  questionId: string;
  decisionId: number;
}

export interface QuestionReview {
  relocate(membership: Membership): Membership;
  /** Agreements and contradictions marked wrong, for reconcile to leave out of the score and the consensus. */
  vetoed: RelationVeto;
  revise(questions: readonly Question[]): Question[];
  /** Decisions that found nothing to act on in the last grouping; call after revise(). */
  orphans(): number[];
}

/** Follows merges (A into B, B into C) to the question that stands; a cycle stops where it would repeat. */
function mergedTarget(questionId: string, merges: ReadonlyMap<string, { into: string; decisionId: number }>, used: Set<number>): string {
  const seen = new Set<string>([questionId]);
  let current = questionId;
  for (let next = merges.get(current); next && !seen.has(next.into); next = merges.get(current)) {
    used.add(next.decisionId);
    current = next.into;
    seen.add(current);
  }
  return current;
}

/** A merge that would close a loop (B into A after A into B) undoes the earlier link of the loop: the later decision stands. */
function breakCycle(merges: Map<string, { into: string; decisionId: number }>, from: string, into: string) {
  const seen = new Set<string>();
  for (let current = into; !seen.has(current); ) {
    seen.add(current);
    const next = merges.get(current);
    if (!next) return;
    if (next.into === from) return void merges.delete(current);
    current = next.into;
  }
}

const sameIds = (a: readonly number[], b: readonly number[]) => a.length === b.length && [...a].sort((x, y) => x - y).every((id, i) => id === [...b].sort((x, y) => x - y)[i]);

export function reviewQuestions(
  decisions: readonly QuestionDecision[],
  moves: ReadonlyMap<number, ClaimMove>,
  resolve: (anchor: ClaimAnchor) => number | null,
): QuestionReview {
  const ordered = [...decisions].sort((a, b) => a.id - b.id);
  const merges = new Map<string, { into: string; decisionId: number }>();
  const placed = new Map<number, ClaimMove & { reason: string }>();
  const labels = new Map<string, string>();
  const used = new Set<number>();
  const place = (claimId: number, move: ClaimMove, reason: string) => {
    const before = placed.get(claimId);
    if (!before || before.decisionId < move.decisionId) placed.set(claimId, { ...move, reason });
  };
  for (const [claimId, move] of moves) place(claimId, move, "moved here by an analyst");
  for (const decision of ordered) {
    if (decision.action === "merge") {
      breakCycle(merges, decision.questionId, decision.into);
      merges.set(decision.questionId, { into: decision.into, decisionId: decision.id });
    }
    if (decision.action === "rename") labels.set(decision.questionId, decision.label);
    if (decision.action === "split") {
      const id = splitQuestionId(decision);
      labels.set(id, decision.label);
      for (const anchor of decision.claims) {
        const claimId = resolve(anchor);
        if (claimId !== null) place(claimId, { questionId: id, decisionId: decision.id }, `split from ${decision.questionId} by an analyst`);
      }
    }
  }
  // A rename made after a split names the split question; one made before it is overridden by the split's own label.
  for (const decision of ordered) if (decision.action === "rename") labels.set(decision.questionId, decision.label);

  const vetoes = new Map<string, number>();
  const vetoKey = (type: RelationType, a: number, b: number) => `${type}:${Math.min(a, b)}:${Math.max(a, b)}`;
  for (const decision of ordered) {
    if (decision.action !== "relation_wrong" || decision.claims.length !== 2) continue;
    const [a, b] = decision.claims.map(resolve);
    if (a !== null && a !== undefined && b !== null && b !== undefined) vetoes.set(vetoKey(decision.type, a, b), decision.id);
  }

  let orphans: number[] = [];
  return {
    vetoed(type, a, b) {
      const decisionId = vetoes.get(vetoKey(type, a, b));
      if (decisionId === undefined) return false;
      used.add(decisionId);
      return true;
    },
    relocate(membership) {
      const move = placed.get(membership.claimId);
      const start = move?.questionId ?? membership.questionId;
      const questionId = mergedTarget(start, merges, used);
      if (move) used.add(move.decisionId);
      if (questionId === membership.questionId) return membership;
      const reason = move ? move.reason : `merged from ${start} by an analyst`;
      return { claimId: membership.claimId, questionId, reason };
    },
    revise(questions) {
      const present = new Set(questions.map((q) => q.id));
      const revised = questions.map((question) => {
        const label = labels.get(question.id);
        const wrong = ordered.filter((d): d is Extract<QuestionDecision, { action: "relation_wrong" }> => d.action === "relation_wrong" && d.questionId === question.id);
        if (label === undefined && wrong.length === 0) return question;
        let relations = question.relations;
        const relationCounts = { ...question.relationCounts };
        for (const decision of wrong) {
          const ids = decision.claims.map(resolve);
          if (ids.some((id) => id === null)) continue;
          const kept = relations.filter((r) => !(r.type === decision.type && sameIds(r.claims, ids as number[])));
          if (kept.length === relations.length) continue;
          relationCounts[decision.type] -= relations.length - kept.length;
          relations = kept;
          used.add(decision.id);
        }
        return { ...question, label: label ?? question.label, relations, relationCounts };
      });
      for (const decision of ordered) if (decision.action === "rename" && present.has(decision.questionId)) used.add(decision.id);
      orphans = ordered.filter((d) => !used.has(d.id)).map((d) => d.id);
      return revised;
    },
    orphans: () => orphans,
  };
}
