// Grouping that fits any story (lib/reconcile/README.md, "Grouping"): days,
// places and events apart; tolls that grow are updates; stories never mix.
import { describe, expect, it } from "vitest";
import { buildClaims, type ClaimSpec } from "./fixtures/claim-builder";
import { reconcile } from "./index";
import { type Question, type RelationType } from "./types";

const POLICE: [string, string] = ["interior-ministry", "French Interior Ministry"];
const CGT: [string, string] = ["cgt", "CGT"];
const MINISTRY: [string, string] = ["health-ministry", "Health ministry"];
const UN: [string, string] = ["un-ocha", "UN OCHA"];
const GUR: [string, string] = ["gur", "GUR"];

// "participants" and "killed" are categories of the claim contract for any event.
const turnout = (spec: Omit<ClaimSpec, "category" | "unit" | "subject">): ClaimSpec => ({ category: "participants" as ClaimSpec["category"], unit: "protesters", subject: null, ...spec });
const toll = (spec: Omit<ClaimSpec, "category" | "unit" | "subject">): ClaimSpec => ({ category: "killed" as ClaimSpec["category"], unit: "people", subject: null, ...spec });

function run(specs: ClaimSpec[]) {
  const result = reconcile(buildClaims(specs));
  const question = (claimId: number): Question => {
    const id = result.memberships.find((membership) => membership.claimId === claimId)!.questionId;
    return result.questions.find((candidate) => candidate.id === id)!;
  };
  const related = (type: RelationType, a: number, b: number) => result.questions.some((q) => q.relations.some((r) => r.type === type && r.claims.includes(a) && r.claims.includes(b)));
  return { result, question, related };
}

describe("grouping that fits any story", () => {
  it("police and union turnouts for the same protest, day and place contradict", () => {
    const { question, related } = run([
      turnout({ id: 1, value: 1_080_000, place: "France", asOf: "2023-01-19", source: POLICE, articleId: 1 }),
      turnout({ id: 2, value: 2_000_000, place: "France", asOf: "2023-01-19", source: CGT, articleId: 2 }),
    ]);
    expect(question(1).id).toBe(question(2).id);
    expect(question(1).label).toBe("Participants in France on 19 January 2023");
    expect(related("contradicts", 1, 2)).toBe(true);
  });

  it("turnouts of different days' protests are different questions", () => {
    const { question, related } = run([
      turnout({ id: 1, value: 1_080_000, place: "France", asOf: "2023-01-19", source: POLICE }),
      turnout({ id: 2, value: 1_270_000, place: "France", asOf: "2023-01-31", source: POLICE }),
    ]);
    expect(question(1).id).not.toBe(question(2).id);
    expect(related("update", 1, 2)).toBe(false);
  });

  it("Paris and the whole of France are different questions, Paris inside France", () => {
    const { question } = run([
      turnout({ id: 1, value: 80_000, place: "Paris", asOf: "2023-01-19", source: POLICE }),
      turnout({ id: 2, value: 1_080_000, place: "la France", asOf: "2023-01-19", source: POLICE }),
    ]);
    expect(question(1).id).not.toBe(question(2).id);
    expect(question(1).parentId).toBe(question(2).id);
  });

  it("a death toll that rises from one day to the next is an update, also between sources, not a contradiction", () => {
    const { question, related } = run([
      toll({ id: 1, value: 100, place: "Beirut", asOf: "2020-08-05", source: MINISTRY }),
      toll({ id: 2, value: 135, place: "Beirut", asOf: "2020-08-06", source: UN }),
      toll({ id: 3, value: 137, place: "Beirut", asOf: "2020-08-07", source: MINISTRY }),
    ]);
    expect(question(1).id).toBe(question(2).id);
    expect(related("update", 1, 2)).toBe(true);
    expect(related("update", 1, 3)).toBe(true);
    expect(related("contradicts", 1, 2)).toBe(false);
  });

  it("two tolls for the same day that differ still contradict", () => {
    const { related } = run([
      toll({ id: 1, value: 100, place: "Beirut", asOf: "2020-08-05", source: MINISTRY }),
      toll({ id: 2, value: 160, place: "Beirut", asOf: "2020-08-05", source: UN }),
    ]);
    expect(related("contradicts", 1, 2)).toBe(true);
  });

  it("articles of two stories never mix, even when a figure names no place", () => {
    const { question } = run([
      // Story 1: an explosion in Beirut; article 1 names the place, article 2's toll names none but is the same article's story.
      toll({ id: 1, value: 135, place: "Beirut", asOf: "2020-08-06", source: MINISTRY, articleId: 1 }),
      toll({ id: 2, value: 135, place: null, asOf: "2020-08-06", source: MINISTRY, articleId: 1 }),
      // Story 2: an earthquake in Haiti, with a place-less toll too.
      toll({ id: 3, value: 220_000, place: "Haiti", asOf: "2010-01-20", source: UN, articleId: 2 }),
      toll({ id: 4, value: 200_000, place: null, asOf: "2010-01-20", source: MINISTRY, articleId: 2 }),
    ]);
    expect(question(2).id).not.toBe(question(4).id);
    expect(question(1).claimIds).not.toContain(3);
  });

  it("a figure for a narrower place appears beside the wider question's figures, as a part with its place, outside the consensus", () => {
    const { question } = run([
      { id: 1, value: 11_000, place: "Russia", source: GUR },
      { id: 2, value: 10_000, qualifier: "approx", place: "Kursk region", source: ["us_dod", "US DoD"] },
    ]);
    const russia = question(1);
    const part = russia.sources.find((row) => row.sourceId === "us_dod");
    expect(part?.narrower).toEqual({ questionId: question(2).id, scope: "in the Kursk region" });
    expect(russia.sourceCount).toBe(1);
    expect(russia.consensus?.method).toBe("single-source");
    expect(russia.summary).toContain("In the Kursk region, a part of this total: US DoD says about 10,000.");
  });

  it("a denial that names a place denies only that place", () => {
    const { question, related } = run([
      { id: 1, value: 11_000, place: "Russia", state: "training", source: GUR },
      { id: 2, value: null, stance: "denies", place: "Ukraine", state: "fighting", source: ["kremlin", "Kremlin"] },
    ]);
    expect(question(2).id).not.toBe(question(1).id);
    expect(related("contradicts", 2, 1)).toBe(false);
  });
});

describe("what a turnout counts", () => {
  it("reads personnes, manifestants and protesters as one quantity of people", () => {
    const { question, related } = run([
      turnout({ id: 1, value: 320_000, place: "France", asOf: "2026-03-12", source: POLICE }),
      { ...turnout({ id: 2, value: 1_100_000, place: "France", asOf: "2026-03-12", source: CGT }), unit: "manifestants" },
      { ...turnout({ id: 3, value: 1_100_000, place: "France", asOf: "2026-03-12", source: CGT }), unit: "personnes", articleId: 3 },
    ]);
    expect(question(1).id).toBe(question(2).id);
    expect(question(3).id).toBe(question(2).id);
    expect(question(1).unit).toBe("people");
    expect(related("contradicts", 1, 2)).toBe(true);
  });
});
