import { describe, expect, it } from "vitest";
import { MAX_RELATIONS_PER_TYPE } from "./conventions";
import { buildClaims, shuffled, type ClaimSpec } from "./fixtures/claim-builder";
import { seedClaims } from "./fixtures/seed-claims";
import { syntheticClaims } from "./fixtures/synthetic-claims";
import { reconcile } from "./index";

describe("determinism", () => {
  it("gives the same result for the seed claims in any order", () => {
    const expected = JSON.stringify(reconcile(seedClaims()));
    for (const seed of [1, 2, 3, 4, 5]) expect(JSON.stringify(reconcile(shuffled(seedClaims(), seed)))).toBe(expected);
  });

  it("gives the same result for synthetic claims in any order", () => {
    const claims = syntheticClaims(5_000, 11);
    const expected = JSON.stringify(reconcile(claims));
    expect(JSON.stringify(reconcile(shuffled(claims, 99)))).toBe(expected);
  });

  it("keeps question ids when unrelated claims are added", () => {
    const before = reconcile(seedClaims()).questions.map((question) => question.id);
    const extra = buildClaims([{ id: 500, value: 40, category: "captured", place: "Kursk region", source: ["gur", "GUR"] }]);
    const after = reconcile([...seedClaims(), ...extra]).questions.map((question) => question.id);
    expect(after).toEqual(expect.arrayContaining(before));
  });
});

describe("scale", () => {
  it("caps relations in a question of 100,000 claims and still counts them all", () => {
    const specs: ClaimSpec[] = Array.from({ length: 100_000 }, (_, index) => ({
      id: index + 1,
      value: 1000 + (index % 997) * 10,
      place: "Russia",
      source: [`agency-${index % 60}`, `Agency ${index % 60}`],
      asOf: `2024-${String((index % 12) + 1).padStart(2, "0")}`,
      articleId: Math.floor(index / 5),
    }));
    const started = performance.now();
    const [question] = reconcile(buildClaims(specs)).questions;
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(question!.claimCount).toBe(100_000);
    expect(question!.sourceCount).toBe(60);
    for (const type of ["repeat", "update", "agrees"] as const) {
      expect(question!.relations.filter((relation) => relation.type === type).length).toBeLessThanOrEqual(MAX_RELATIONS_PER_TYPE);
    }
    expect(question!.relationCounts.repeat).toBeGreaterThan(MAX_RELATIONS_PER_TYPE);
  });
});
