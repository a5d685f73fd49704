import type { ComparisonFilters } from "../../lib/filters/comparison-filters";
import type { SourceFigure } from "../../lib/reconcile/types";
import type { Standing } from "../../lib/standing/source-standing";
import { prisma } from "../client";
import { fetchCrossComparison } from "./comparison";

export interface SourcePosition {
  questionId: string;
  questionLabel: string;
  figure: SourceFigure;
  standing: Standing;
  consensus: { low: number; high: number } | null;
}

const NO_FILTERS: ComparisonFilters = { source: [], category: undefined, from: undefined, to: undefined };

/**
 * The sources page: the cross-question table under its filters, and the same
 * cells by source (each agency, its figure on every question it speaks to and
 * where that stands), for the cards a phone shows.
 */
export async function fetchSourcesOverview(filters: ComparisonFilters = NO_FILTERS, maxQuestions = Infinity) {
  const cross = await fetchCrossComparison(filters, maxQuestions);
  const { questions, rows } = cross.table;
  const aliasesOf = await fetchAliases(rows.map((r) => r.source.id));
  const sources = rows.map(({ source, cells }) => ({
    id: source.id,
    name: source.name,
    country: source.country ?? null,
    kind: source.kind ?? "other",
    claimCount: source.claimCount ?? 0,
    /** Names of the sources an analyst merged into this one. */
    aliases: aliasesOf.get(source.id) ?? [],
    positions: cells.flatMap((cell, i): SourcePosition[] =>
      cell ? [{ questionId: questions[i]!.id, questionLabel: questions[i]!.label, figure: cell.figure, standing: cell.standing, consensus: cell.consensus }] : [],
    ),
  }));
  return { ...cross, sources };
}
async function fetchAliases(ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await prisma.source.findMany({ where: { id: { in: [...ids] }, aliases: { not: "[]" } }, select: { id: true, aliases: true } });
  return new Map(rows.map((r) => [r.id, JSON.parse(r.aliases) as string[]]));
}

export type SourceOverview = Awaited<ReturnType<typeof fetchSourcesOverview>>["sources"][number];
