import { describe, expect, it } from "vitest";
import { buildClaims, type ClaimSpec } from "../reconcile/fixtures/claim-builder";
import { reconcile } from "../reconcile";
import { reviewQuestions, type ClaimMove } from "./apply-questions";
import { splitQuestionId, type ClaimAnchor, type QuestionDecision } from "./decisions";

const A: [string, string] = ["agency-a", "Agency A"];
const B: [string, string] = ["agency-b", "Agency B"];
const specs: ClaimSpec[] = [
  { id: 1, value: 10000, place: "Russia", source: A, asOf: "2024-11-02" },
  { id: 2, value: 50000, place: "Russia", source: B, asOf: "2024-11-05" },
  { id: 3, value: 3000, place: "Kursk region", source: A, asOf: "2024-11-03" },
  { id: 4, value: 40, category: "casualties", unit: "soldiers", place: "Kursk region", source: B },
];
// In these tests a claim's anchor is its id as its start: resolve() reads it back.
const anchor = (claimId: number): ClaimAnchor => ({ claimId, articleId: claimId, start: claimId, end: claimId + 1, figure: { low: null, best: null, high: null } });
const resolve = (a: ClaimAnchor) => (a.start <= specs.length ? a.start : null);

function run(decisions: QuestionDecision[], moves = new Map<number, ClaimMove>()) {
  const machine = reconcile(buildClaims(specs));
  const questionOf = (result: typeof machine, claimId: number) => result.memberships.find((m) => m.claimId === claimId)!.questionId;
  const review = reviewQuestions(decisions, moves, resolve);
  const result = reconcile(buildClaims(specs), { relocate: review.relocate, vetoed: review.vetoed });
  const questions = review.revise(result.questions);
  return { machine: (id: number) => questionOf(machine, id), reviewed: (id: number) => questionOf(result, id), questions, orphans: review.orphans() };
}

describe("decisions on questions", () => {
  const base = run([]);
  const russia = base.machine(1);
  const kursk = base.machine(3);
  const casualties = base.machine(4);

  it("the machine's grouping, for reference", () => {
    expect(new Set([russia, kursk, casualties]).size).toBe(3);
    expect(base.machine(2)).toBe(russia);
  });

  it("merge: every claim of one question joins the other, which alone remains", () => {
    const { reviewed, questions, orphans } = run([{ id: 1, action: "merge", questionId: kursk, into: russia }]);
    expect([reviewed(1), reviewed(2), reviewed(3)]).toEqual([russia, russia, russia]);
    expect(questions.map((q) => q.id)).not.toContain(kursk);
    expect(questions.find((q) => q.id === russia)?.claimCount).toBe(3);
    expect(orphans).toEqual([]);
  });

  it("merges chain, and a merge back the other way undoes the first", () => {
    const chained = run([
      { id: 1, action: "merge", questionId: kursk, into: russia },
      { id: 2, action: "merge", questionId: russia, into: casualties },
    ]);
    expect([chained.reviewed(1), chained.reviewed(3), chained.reviewed(4)]).toEqual([casualties, casualties, casualties]);
    const cycle = run([
      { id: 1, action: "merge", questionId: kursk, into: russia },
      { id: 2, action: "merge", questionId: russia, into: kursk },
    ]);
    // The later merge stands: Russia joins Kursk; the earlier one is superseded and listed.
    expect([cycle.reviewed(1), cycle.reviewed(3)]).toEqual([kursk, kursk]);
    expect(cycle.orphans).toEqual([1]);
  });

  it("split: the chosen claims form a new question with the analyst's label", () => {
    const split: QuestionDecision = { id: 7, action: "split", questionId: russia, label: "Troops at the front", claims: [anchor(2)] };
    const { reviewed, questions } = run([split]);
    expect(reviewed(2)).toBe(splitQuestionId(split));
    expect(reviewed(1)).toBe(russia);
    expect(questions.find((q) => q.id === splitQuestionId(split))).toMatchObject({ label: "Troops at the front", claimCount: 1 });
    // With one source left, the old question no longer contradicts itself.
    expect(questions.find((q) => q.id === russia)?.relationCounts.contradicts).toBe(0);
  });

  it("move: a claim goes where the analyst put it, and a later merge carries it along", () => {
    const moves = new Map([[4, { questionId: kursk, decisionId: 3 }]]);
    expect(run([], moves).reviewed(4)).toBe(kursk);
    expect(run([{ id: 9, action: "merge", questionId: kursk, into: russia }], moves).reviewed(4)).toBe(russia);
  });

  it("rename: the question keeps its id and takes the new label", () => {
    const { questions } = run([{ id: 1, action: "rename", questionId: russia, label: "North Korean troops in Russia" }]);
    expect(questions.find((q) => q.id === russia)?.label).toBe("North Korean troops in Russia");
  });

  it("a relation marked wrong leaves the question's relations and counts", () => {
    const before = base.questions.find((q) => q.id === russia)!;
    const contradiction = before.relations.find((r) => r.type === "contradicts")!;
    const { questions, orphans } = run([{ id: 1, action: "relation_wrong", questionId: russia, type: "contradicts", claims: contradiction.claims.map(anchor) }]);
    const after = questions.find((q) => q.id === russia)!;
    expect(after.relations.filter((r) => r.type === "contradicts")).toHaveLength(0);
    expect(after.relationCounts.contradicts).toBe(before.relationCounts.contradicts - 1);
    expect(orphans).toEqual([]);
  });

  it("a contradiction marked wrong no longer counts against the question, and the consensus takes both figures", () => {
    const before = base.questions.find((q) => q.id === russia)!;
    expect(before.consensus?.method).toBe("median-mad");
    const contradiction = before.relations.find((r) => r.type === "contradicts")!;
    const after = run([{ id: 1, action: "relation_wrong", questionId: russia, type: "contradicts", claims: contradiction.claims.map(anchor) }]).questions.find((q) => q.id === russia)!;
    expect(after.conflictScore).toBeLessThan(before.conflictScore);
    expect(after.consensus).toMatchObject({ method: "intersection", low: 10000, high: 50000 });
  });

  it("an agreement marked wrong keeps the two figures out of one consensus group", () => {
    const agreeing: ClaimSpec[] = [
      { id: 1, value: 10000, place: "Russia", source: A, asOf: "2024-11-02" },
      { id: 2, value: 11000, place: "Russia", source: B, asOf: "2024-11-03" },
    ];
    const machine = reconcile(buildClaims(agreeing)).questions[0]!;
    expect(machine.consensus?.method).toBe("intersection");
    const agreement = machine.relations.find((r) => r.type === "agrees")!;
    const review = reviewQuestions([{ id: 1, action: "relation_wrong", questionId: machine.id, type: "agrees", claims: agreement.claims.map(anchor) }], new Map(), (a) => a.start);
    const reviewed = review.revise(reconcile(buildClaims(agreeing), { vetoed: review.vetoed }).questions)[0]!;
    expect(reviewed.relationCounts.agrees).toBe(0);
    expect(reviewed.consensus?.method).toBe("median-mad");
    expect(review.orphans()).toEqual([]);
  });

  it("decisions on questions that no longer exist are listed, not dropped", () => {
    const { orphans } = run([
      { id: 1, action: "rename", questionId: "gone", label: "x" },
      { id: 2, action: "merge", questionId: "gone", into: russia },
      { id: 3, action: "relation_wrong", questionId: russia, type: "sum", claims: [anchor(1), anchor(2)] },
      { id: 4, action: "split", questionId: russia, label: "y", claims: [anchor(99)] },
    ]);
    expect(orphans).toEqual([1, 2, 3, 4]);
  });
});
