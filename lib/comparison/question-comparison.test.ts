// A protest's turnout as the police and a union put it: the comparison table
// from hand-built stored questions, no seed story involved.
import { describe, expect, it } from "vitest";
import type { SourceFigure } from "../reconcile/types";
import { buildQuestionComparison } from "./question-comparison";
import type { ComparedQuestion, ComparisonClaim, QuestionComparisonInput } from "./question-input";

const figure = (claimId: number, sourceId: string | null, sourceName: string, value: Partial<SourceFigure>): SourceFigure => ({
  sourceId, sourceName, low: null, best: null, high: null, point: null, qualifier: "exact", stance: "asserts", claimId, date: "2016-03-31", claimCount: 1, ...value,
});

const police = figure(1, "prefecture-de-police", "Préfecture de police", { low: 26000, best: 26000, high: 26000, point: 26000, qualifier: "approx" });
const union = figure(2, "cgt", "CGT", { low: 160000, best: 160000, high: 160000, point: 160000, qualifier: "at_least" });
const ministry = figure(3, "ministere-de-l-interieur", "Ministère de l'Intérieur", { qualifier: "exact", stance: "denies" });
const lyon = figure(4, "cgt", "CGT", { low: 20000, best: 20000, high: 20000, point: 20000 });

const figureOf = (claimId: number) => [police, union, ministry, lyon].find((f) => f.claimId === claimId);

const paris: ComparedQuestion = {
  id: "participants-protesters-paris-2016-03-31",
  label: "protesters in Paris on 31 March 2016",
  unit: "protesters",
  scope: { place: "Paris", group: null, state: null },
  sources: [police, union, ministry],
  consensus: null,
  sourceCount: 2,
  relations: [
    { type: "contradicts", claims: [1, 2], explanation: "" },
    { type: "contradicts", claims: [3, 2], explanation: "" },
  ],
};
const lyonPart: ComparedQuestion = { ...paris, id: "lyon", label: "protesters in Lyon", scope: { place: "Lyon", group: null, state: null }, sources: [lyon], relations: [] };

const claim = (id: number, sourceId: string, stance = "asserts"): ComparisonClaim => ({
  id, sourceId, stance, low: figureOf(id)?.low ?? null, high: figureOf(id)?.high ?? null, quote: `quote ${id}`, outlet: "Le Monde", articleTitle: `Article ${id}`, articleUrl: `https://example.org/${id}`, published: "2016-03-31", asOf: "2016-03-31",
});

const claims = new Map([claim(1, "prefecture-de-police"), claim(2, "cgt"), claim(3, "ministere-de-l-interieur", "denies"), claim(4, "cgt")].map((c) => [c.id, c]));

const input: QuestionComparisonInput = {
  question: paris,
  parts: [lyonPart],
  claims,
  voices: claims,
  reach: new Map([["cgt", { articles: 3, outlets: 2 }]]),
  articleCount: 4,
  exportedAt: new Date("2016-04-01T08:00:00Z"),
};

describe("a question's comparison table", () => {
  const table = buildQuestionComparison(input);
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  const rows = table.rows.map((r) => ({ source: r[col("source")], figure: r[col("figure")], relations: r[col("relations")], standing: r[col("standing")], articles: r[col("articles")] }));

  it("has a row per source, highest first, the denial last, with parts in their source's row", () => {
    expect(rows.map((r) => [r.source, r.figure])).toEqual([
      ["CGT", "at least 160,000 (20,000 in Lyon)"],
      ["Préfecture de police", "about 26,000"],
      ["Ministère de l'Intérieur", "denies"],
    ]);
  });

  it("names the conflicts by kind, both ways", () => {
    expect(rows[0]!.relations).toBe("contradicts Préfecture de police; denied by Ministère de l'Intérieur");
    expect(rows[1]!.relations).toBe("contradicts CGT");
    expect(rows[2]!.relations).toBe("denies the figures of CGT");
  });

  it("says single source or no overlap instead of a consensus no one gave", () => {
    expect(rows[2]!.standing).toBe("denies it");
    expect(table.footer[0]).toBe("Consensus: none, the sources' figures do not overlap.");
    expect(table.footer[1]).toContain("Denials (Ministère de l'Intérieur) are set apart");
    expect(rows[0]!.articles).toBe(3);
  });
});

describe("a source with two figures on one question", () => {
  // The union once said 26,000 too (claim 5), which agrees with the police; its latest, 160,000, contradicts them.
  const earlier = { ...claim(5, "cgt"), low: 26000, high: 26000 };
  const table = buildQuestionComparison({
    ...input,
    parts: [],
    question: { ...paris, relations: [...paris.relations, { type: "agrees", claims: [5, 1], explanation: "" }] },
    claims: new Map([...input.claims, [5, earlier]]),
    voices: new Map([...input.voices, [5, earlier]]),
  });
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  const relationsOf = (source: string) => table.rows.find((r) => r[col("source")] === source)![col("relations")];

  it("says only what its latest figure does, never that it both agrees and contradicts", () => {
    expect(relationsOf("CGT")).toBe("contradicts Préfecture de police; denied by Ministère de l'Intérieur");
    expect(relationsOf("Préfecture de police")).toBe("contradicts CGT");
  });
});
