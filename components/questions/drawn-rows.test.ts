import { describe, expect, it } from "vitest";
import type { QuestionClaim } from "./claim-ref";
import { drawnClaimRows } from "./comparison-rows";
import { drawnRelations } from "./relation-rows";

function claim(id: number, source: string | null, asOf: string | null, best: number | null, stance = "asserts"): QuestionClaim {
  return {
    id, article: 7, source: source ? { id: source, name: source.toUpperCase() } : null, outlet: "Reuters", articleTitle: "Troops in Kursk", quote: `quote ${id}`,
    value: { low: best, best, high: best }, qualifier: "exact", stance, asOf, published: "2024-11-04", dateForSort: asOf ?? "2024-11-04",
    review: { status: "unreviewed", rejectReason: null },
  } as unknown as QuestionClaim;
}

describe("the claims table's rows in words", () => {
  it("groups by who speaks, then by date, and says when the article's date stands in", () => {
    const rows = drawnClaimRows([claim(3, "nis", "2024-10-18", 3_000), claim(1, null, null, 2_600), claim(2, "gur", "2024-11-01", 11_000), claim(4, "gur", "2024-10-01", 10_000)]);
    expect(rows.map((r) => [r.speaker, r.figure, r.asOf, r.articleDate])).toEqual([
      ["GUR", "10,000", "1 October 2024", false],
      ["GUR", "11,000", "1 November 2024", false],
      ["NIS", "3,000", "18 October 2024", false],
      ["Reuters (own reporting)", "2,600", "4 November 2024", true],
    ]);
    expect(rows[0]).toMatchObject({ low: "10,000", best: "10,000", high: "10,000", href: "/articles/7?claim=4", title: "Troops in Kursk", status: "unreviewed" });
  });

  it("marks a denial, with dashes for the values it does not give", () => {
    const [row] = drawnClaimRows([claim(5, "kremlin", "2024-11-05", null, "denies")]);
    expect(row).toMatchObject({ denies: true, figure: "denies", low: "–", best: "–", high: "–" });
  });
});

describe("the relations' chips in words", () => {
  const claims = new Map([claim(1, "gur", "2024-11-01", 11_000), claim(2, "nis", "2024-10-18", 3_000)].map((c) => [c.id, c]));
  const relation = { type: "contradicts" as const, claims: [1, 2, 9, 10, 11, 12, 13, 14], explanation: "GUR's 11,000 against NIS's 3,000" };

  it("shows the first claims as chips, one the page did not read by its id, and how many more", () => {
    const [drawn] = drawnRelations([relation], claims, false);
    expect(drawn!.chips.slice(0, 3)).toEqual([
      { id: 1, href: "/articles/7?claim=1", color: expect.any(String), text: "GUR: 11,000" },
      { id: 2, href: "/articles/7?claim=2", color: expect.any(String), text: "NIS: 3,000" },
      { id: 9, href: null },
    ]);
    expect(drawn!.chips.length + drawn!.more).toBe(8);
  });

  it("sends every linked id only to a reviewer, who can mark the relation wrong", () => {
    expect(drawnRelations([relation], claims, false)[0]!.claimIds).toEqual([]);
    expect(drawnRelations([relation], claims, true)[0]!.claimIds).toEqual(relation.claims);
  });
});
