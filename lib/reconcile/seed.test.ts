import { describe, expect, it } from "vitest";
import { SEED_IDS as ID, seedClaims } from "./fixtures/seed-claims";
import { reconcile } from "./index";
import { type Question, type RelationType, type ReconcileResult } from "./types";

const result: ReconcileResult = reconcile(seedClaims());
const questionOf = (claimId: number): Question => {
  const questionId = result.memberships.find((membership) => membership.claimId === claimId)!.questionId;
  return result.questions.find((question) => question.id === questionId)!;
};
const allRelations = result.questions.flatMap((question) => question.relations);
const related = (type: RelationType, a: number, b: number) =>
  allRelations.some((relation) => relation.type === type && relation.claims.includes(a) && relation.claims.includes(b));

describe("the seed scenario: North Korean troops in Russia, Oct–Dec 2024", () => {
  it("puts GUR's 11,000 in training and NIS's 10,000 being sent in one question, where they agree", () => {
    const russia = questionOf(ID.gur11000);
    expect(russia.id).toBe("deployed-soldiers-north-korean-russia");
    expect(russia.label).toBe("North Korean troops in Russia");
    expect(questionOf(ID.nis10000).id).toBe(russia.id);
    expect(related("agrees", ID.gur11000, ID.nis10000)).toBe(true);
    expect(related("contradicts", ID.gur11000, ID.nis10000)).toBe(false);
  });

  it("finds Seoul's 3,000 already there + 7,000 to be sent = 10,000 as a sum, not a conflict", () => {
    const russia = questionOf(ID.nis10000);
    const sum = russia.relations.find((relation) => relation.type === "sum");
    expect(sum?.claims).toEqual([ID.nis3000, ID.nis7000, ID.nis10000]);
    expect(questionOf(ID.nis3000).parentId).toBe(russia.id);
    expect(questionOf(ID.nis7000).parentId).toBe(russia.id);
    expect(related("contradicts", ID.nis3000, ID.nis10000)).toBe(false);
    expect(russia.summary).toContain("NIS's 3,000 + 7,000 = about 10,000");
    expect(russia.summary).not.toMatch(/\d\) \(/);
  });

  it("links the 2,600 first contingent as part of GUR's wider figure, in its own narrower question", () => {
    const contingent = questionOf(ID.gur2600);
    expect(contingent.label).toBe("North Korean troops in the Kursk region (first contingent)");
    expect(contingent.parentId).toBe("deployed-soldiers-north-korean-kursk-region");
    expect(questionOf(ID.dod10000).parentId).toBe("deployed-soldiers-north-korean-russia");
    expect(related("part_of", ID.gur2600, ID.gur11000)).toBe(true);
    expect(questionOf(ID.gur11000).claimIds).not.toContain(ID.gur2600);
  });

  it("sets the Kremlin's and Pyongyang's denials against every assertion of the question", () => {
    const russia = questionOf(ID.gur11000);
    expect(russia.claimIds).toEqual(expect.arrayContaining([ID.kremlinDenial, ID.pyongyangDenial]));
    for (const denial of [ID.kremlinDenial, ID.pyongyangDenial]) {
      for (const assertion of [ID.gur11000, ID.nis10000, ID.iswSeveralThousand]) {
        expect(related("contradicts", denial, assertion)).toBe(true);
      }
    }
    expect(russia.summary).toContain("Kremlin and North Korea deny it");
  });

  it("keeps Kyiv's 50,000, Russia's own massed force, apart: no North Korean troop figure and the parent of no question", () => {
    const russianForce = questionOf(ID.kyiv50000);
    expect(russianForce.label).toBe("Russian troops in the Kursk region");
    expect(russianForce.claimIds).toEqual([ID.kyiv50000]);
    expect(result.questions.filter((question) => question.parentId === russianForce.id)).toEqual([]);
    expect(questionOf(ID.gur11000).parentId).toBeNull();
  });

  it("keeps casualties, deserters and shells in questions of their own", () => {
    expect(questionOf(ID.casualties30).label).toBe("North Korean soldiers killed or wounded in the Kursk region");
    expect(questionOf(ID.casualties30).claimIds).toEqual([ID.casualties30]);
    expect(questionOf(ID.deserters18).label).toBe("North Korean deserters");
    expect(questionOf(ID.deserters18).claimIds).toEqual([ID.deserters18]);
    expect(questionOf(ID.shells).label).toBe("Shells");
  });

  it("counts independent sources and ranks the denied question as the most contested", () => {
    const russia = questionOf(ID.gur11000);
    expect(russia.sourceCount).toBe(5);
    expect(result.questions[0]!.id).toBe(russia.id);
    expect(russia.consensus?.method).toBe("majority-overlap");
    expect(russia.consensus?.best).toBeGreaterThanOrEqual(10_000);
    expect(russia.consensus?.best).toBeLessThanOrEqual(11_000);
    expect(related("update", ID.gurSeveralThousand, ID.gur11000)).toBe(true);
  });

  it("explains every membership with the grouping key", () => {
    const reason = result.memberships.find((membership) => membership.claimId === ID.gur11000)!.reason;
    expect(reason.startsWith("deployed · soldiers · North Korean · Russia")).toBe(true);
    expect(result.memberships).toHaveLength(seedClaims().length);
  });
});
