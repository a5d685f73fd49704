import { describe, expect, it } from "vitest";
import { buildClaims, type ClaimSpec } from "./fixtures/claim-builder";
import { reconcile } from "./index";
import { type Question, type RelationType } from "./types";

const A: [string, string] = ["agency-a", "Agency A"];
const B: [string, string] = ["agency-b", "Agency B"];
const C: [string, string] = ["agency-c", "Agency C"];

function run(specs: ClaimSpec[]) {
  const result = reconcile(buildClaims(specs));
  const question = (claimId: number): Question => {
    const id = result.memberships.find((membership) => membership.claimId === claimId)!.questionId;
    return result.questions.find((candidate) => candidate.id === id)!;
  };
  const relations = (type: RelationType) => result.questions.flatMap((q) => q.relations).filter((relation) => relation.type === type);
  return { result, question, relations };
}

describe("figures that truly conflict", () => {
  it("5,000 against 50,000, same scope and time, different sources: contradicts", () => {
    const { question, relations } = run([
      { id: 1, value: 5000, place: "Russia", source: A, asOf: "2024-11-02" },
      { id: 2, value: 50000, place: "Russia", source: B, asOf: "2024-11-05" },
    ]);
    expect(question(1).id).toBe(question(2).id);
    expect(relations("contradicts").map((relation) => relation.claims)).toEqual([[1, 2]]);
    expect(relations("agrees")).toHaveLength(0);
    expect(question(1).conflictScore).toBeGreaterThan(0.7);
    expect(question(1).summary).toContain("1 contradiction");
  });

  it("a denial contradicts every assertion of the question it joins", () => {
    const { question, relations } = run([
      { id: 1, value: 10000, place: "Russia", source: A },
      { id: 2, value: 11000, place: "Russia", source: B },
      { id: 3, value: null, stance: "denies", source: C },
    ]);
    expect(question(3).id).toBe(question(1).id);
    expect(relations("contradicts").map((relation) => relation.claims)).toEqual([
      [3, 1],
      [3, 2],
    ]);
    expect(question(1).sources.find((row) => row.sourceId === "agency-c")?.stance).toBe("denies");
  });

  it("a denial with no place meets the most reported figures it covers, not a stray figure with no place", () => {
    const { question, relations } = run([
      { id: 1, value: 10000, place: "Russia", source: A },
      { id: 2, value: 11000, place: "Russia", source: B },
      { id: 3, value: 4000, source: B },
      { id: 4, value: null, stance: "denies", source: C },
    ]);
    expect(question(4).id).toBe(question(1).id);
    expect(question(3).id).not.toBe(question(1).id);
    expect(relations("contradicts").map((relation) => relation.claims)).toEqual([
      [4, 1],
      [4, 2],
    ]);
  });
});

describe("figures that only look different", () => {
  it("10,000 and 11,000 from different sources agree within the 15% tolerance", () => {
    const { relations } = run([
      { id: 1, value: 10000, qualifier: "approx", place: "Russia", source: A },
      { id: 2, value: 11000, place: "Russia", source: B },
    ]);
    expect(relations("agrees").map((relation) => relation.claims)).toEqual([[1, 2]]);
    expect(relations("contradicts")).toHaveLength(0);
  });

  it("a narrower scope gets its own question, linked to the wider one", () => {
    const { question, relations } = run([
      { id: 1, value: 11000, place: "Russia", source: A },
      { id: 2, value: 2600, place: "Koursk", group: "first contingent", source: A },
      { id: 3, value: 9000, place: "Kursk oblast", source: B },
    ]);
    expect(question(2).id).toBe("deployed-soldiers-north-korean-kursk-region-first-contingent");
    expect(question(2).parentId).toBe("deployed-soldiers-north-korean-kursk-region");
    expect(question(3).parentId).toBe("deployed-soldiers-north-korean-russia");
    expect(relations("part_of").map((relation) => relation.claims)).toEqual([[2, 1]]);
    expect(relations("contradicts")).toHaveLength(0);
    expect(question(1).spread).toEqual({ low: 11000, high: 11000 });
  });

  it("parts from one source that add up to its total are a sum", () => {
    const { question, relations } = run([
      { id: 1, value: 10000, place: "Russia", source: A },
      { id: 2, value: 3000, place: "Russia", state: "already there", source: A },
      { id: 3, value: 7000, place: "Russia", state: "to be sent", source: A },
    ]);
    expect(relations("sum").map((relation) => relation.claims)).toEqual([[2, 3, 1]]);
    expect(question(1).relations.some((relation) => relation.type === "sum")).toBe(true);
    expect(relations("part_of")).toHaveLength(0);
  });

  it("the same source with a new figure later is an update, and its latest figure stands", () => {
    const { question, relations } = run([
      { id: 1, value: 3000, place: "Russia", source: A, asOf: "2024-10" },
      { id: 2, value: 10000, place: "Russia", source: A, asOf: "2024-12-01" },
    ]);
    expect(relations("update").map((relation) => relation.claims)).toEqual([[1, 2]]);
    expect(relations("contradicts")).toHaveLength(0);
    expect(question(1).sources).toHaveLength(1);
    expect(question(1).sources[0]!.best).toBe(10000);
  });

  it("different sources far apart in time differ without contradicting", () => {
    const { relations } = run([
      { id: 1, value: 5000, place: "Russia", source: A, asOf: "2023-01" },
      { id: 2, value: 50000, place: "Russia", source: B, asOf: "2024-12" },
    ]);
    expect(relations("contradicts")).toHaveLength(0);
  });

  it("one original figure repeated by five outlets counts once", () => {
    const outlets = ["Le Monde", "AFP", "France 24", "Libération", "Le Figaro"];
    const { question, relations } = run(
      outlets.map((outlet, index) => ({ id: index + 1, value: 11000, place: "Russia", source: A, outlet, articleId: 100 + index, published: `2024-10-2${index}` })),
    );
    expect(question(1).sourceCount).toBe(1);
    expect(question(1).claimCount).toBe(5);
    const repeats = relations("repeat");
    expect(repeats).toHaveLength(1);
    expect([...repeats[0]!.claims].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(repeats[0]!.explanation).toContain("counted once");
    expect(question(1).consensus?.method).toBe("single-source");
  });

  it("unattributed claims speak in the outlet's own voice, one voice per outlet", () => {
    const { question } = run([
      { id: 1, value: 1_000_000, category: "materiel", unit: "obus", subject: null, source: null, outlet: "Le Monde" },
      { id: 2, value: 1_000_000, category: "materiel", unit: "shells", subject: null, source: null, outlet: "Le Monde" },
      { id: 3, value: 1_000_000, category: "materiel", unit: "shells", subject: null, source: null, outlet: "AFP" },
    ]);
    expect(question(1).label).toBe("Shells");
    expect(question(1).sourceCount).toBe(2);
    expect(question(1).sources.map((row) => row.sourceId)).toEqual([null, null]);
  });
});
