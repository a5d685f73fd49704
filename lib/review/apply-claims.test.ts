import { describe, expect, it } from "vitest";
import { addedClaimId, applyClaimDecisions } from "./apply-claims";
import { type ClaimDecision, type ReviewStatus } from "./decisions";
import { decide, fieldsOf, machineClaim } from "./fixtures";

const a = machineClaim(1, 100, 11000);
const b = machineClaim(2, 300, 3000, { source: { id: "nis", name: "NIS" } });
const nis = { id: "nis", name: "NIS" };

describe("a claim's status and fields after its decisions", () => {
  const cases: { name: string; decisions: ClaimDecision[]; status: ReviewStatus; best?: number | null; source?: string | null }[] = [
    { name: "no decision: not in the outcomes", decisions: [], status: "unreviewed" },
    { name: "confirmed", decisions: [decide(1, a, { action: "confirm" })], status: "confirmed", best: 11000 },
    { name: "source corrected", decisions: [decide(1, a, { action: "correct", changes: { source: nis } })], status: "corrected", source: "nis" },
    {
      name: "a correction back to the machine's own value is only a confirmation",
      decisions: [decide(1, a, { action: "correct", changes: { value: { low: 11000, best: 11000, high: 11000 } } }), decide(2, a, { action: "confirm" })],
      status: "confirmed",
    },
    { name: "rejected", decisions: [decide(1, a, { action: "reject", reason: "other_story" })], status: "rejected", best: 11000 },
    {
      name: "rejected, then confirmed: the later decision stands",
      decisions: [decide(1, a, { action: "reject", reason: "misread" }), decide(2, a, { action: "confirm" })],
      status: "confirmed",
    },
    {
      name: "corrected twice: both corrections hold, the later wins on the same field",
      decisions: [
        decide(1, a, { action: "correct", changes: { value: { low: 10000, best: 10000, high: 10000 } } }),
        decide(2, a, { action: "correct", changes: { value: { low: 12000, best: 12000, high: 12000 }, source: nis } }),
      ],
      status: "corrected",
      best: 12000,
      source: "nis",
    },
    {
      name: "decisions apply in the order they were made, whatever the order given",
      decisions: [decide(2, a, { action: "confirm" }), decide(1, a, { action: "reject", reason: "duplicate" })],
      status: "confirmed",
    },
  ];
  it.each(cases)("$name", ({ decisions, status, best, source }) => {
    const { outcomes, orphans } = applyClaimDecisions([a, b], decisions);
    expect(orphans).toEqual([]);
    const outcome = outcomes.get(1);
    expect(outcome?.status ?? "unreviewed").toBe(status);
    if (best !== undefined) expect(outcome?.fields.value.best).toBe(best);
    if (source !== undefined) expect(outcome?.fields.source?.id ?? null).toBe(source);
    // The machine's fields are kept as they were, and the other claim is untouched.
    if (outcome) expect(outcome.machine).toEqual(a.fields);
    expect(outcomes.has(2)).toBe(false);
  });

  it("a rejection keeps its reason", () => {
    const { outcomes } = applyClaimDecisions([a], [decide(1, a, { action: "reject", reason: "not_a_figure" })]);
    expect(outcomes.get(1)?.rejectReason).toBe("not_a_figure");
  });

  it("a move names the question the claim goes to, and counts as a correction of where it belongs", () => {
    const { outcomes } = applyClaimDecisions([a], [decide(4, a, { action: "move", questionId: "deployed-soldiers-russia" })]);
    // Corrected, so the moved claim leaves the review queue and shows the undo on its card.
    expect(outcomes.get(1)).toMatchObject({ questionId: "deployed-soldiers-russia", status: "corrected", decisionIds: [4] });
  });
});

describe("decisions after a re-extraction", () => {
  it("find their claims under new ids and shifted spans", () => {
    const decisions = [decide(1, a, { action: "reject", reason: "other_story" }), decide(2, b, { action: "correct", changes: { source: { id: "gur", name: "GUR" } } })];
    const reextracted = [machineClaim(11, 98, 11000), machineClaim(12, 305, 3000, { source: nis })];
    const { outcomes, orphans } = applyClaimDecisions(reextracted, decisions);
    expect(orphans).toEqual([]);
    expect(outcomes.get(11)?.status).toBe("rejected");
    expect(outcomes.get(12)?.fields.source?.id).toBe("gur");
  });

  it("list a decision whose claim is gone, and still apply the others", () => {
    const decisions = [decide(1, a, { action: "confirm" }), decide(2, b, { action: "confirm" })];
    const { outcomes, orphans } = applyClaimDecisions([machineClaim(12, 300, 3000, { source: nis })], decisions);
    expect(orphans).toEqual([1]);
    expect(outcomes.get(12)?.status).toBe("confirmed");
  });
});

describe("claims an analyst added", () => {
  const added: ClaimDecision = {
    id: 5,
    action: "add",
    anchor: { claimId: null, articleId: 1, start: 500, end: 520, figure: { low: 7000, best: 7000, high: 7000 } },
    fields: fieldsOf(7000),
    quote: "7,000 soldiers",
  };

  it("stand as claims of their own, with the added status", () => {
    const { added: list, outcomes } = applyClaimDecisions([a], [added]);
    expect(list.map((c) => [c.id, c.start, c.fields.value.best])).toEqual([[addedClaimId(5), 500, 7000]]);
    expect(outcomes.get(addedClaimId(5))?.status).toBe("added");
  });

  it("take later decisions made on them, a rejection included", () => {
    const onAdded = { id: addedClaimId(5), articleId: 1, start: 500, end: 520, value: fieldsOf(7000).value, fields: fieldsOf(7000) };
    const { outcomes } = applyClaimDecisions([a], [added, decide(6, onAdded, { action: "reject", reason: "duplicate" })]);
    expect(outcomes.get(addedClaimId(5))).toMatchObject({ status: "rejected", decisionIds: [5, 6] });
  });

  it("merge with the machine's claim once the extractor finds it, keeping the analyst's fields", () => {
    const found = machineClaim(30, 502, 7000, { source: null });
    const { added: list, outcomes } = applyClaimDecisions([a, found], [added]);
    expect(list).toEqual([]);
    expect(outcomes.get(30)).toMatchObject({ status: "added", fields: { source: { id: "gur" } } });
  });
});
