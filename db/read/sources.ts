import type { SourceFigure } from "../../lib/reconcile/types";
import { sourceStanding, type Standing } from "../../lib/standing/source-standing";
import { prisma } from "../client";

export interface SourcePosition {
  questionId: string;
  questionLabel: string;
  figure: SourceFigure;
  standing: Standing;
  consensus: { low: number; high: number } | null;
}

/** Each agency that has claims, with its figure on every question it speaks to and where that stands. */
export async function fetchSourcesOverview() {
  const [sources, questions] = await Promise.all([
    prisma.source.findMany({
      where: { claims: { some: {} } },
      select: { id: true, name: true, country: true, kind: true, _count: { select: { claims: true } } },
      orderBy: { name: "asc" },
    }),
    prisma.question.findMany({
      select: { id: true, label: true, figures: true, sourceCount: true, consensusLow: true, consensusHigh: true },
      orderBy: [{ conflictScore: "desc" }, { id: "asc" }],
    }),
  ]);
  const positions = new Map<string, SourcePosition[]>();
  for (const q of questions) {
    const consensus = q.consensusLow !== null && q.consensusHigh !== null ? { low: q.consensusLow, high: q.consensusHigh } : null;
    for (const figure of JSON.parse(q.figures) as SourceFigure[]) {
      if (!figure.sourceId) continue;
      const standing = sourceStanding({ stance: figure.stance, point: figure.point, consensus, sourceCount: q.sourceCount });
      const list = positions.get(figure.sourceId) ?? [];
      list.push({ questionId: q.id, questionLabel: q.label, figure, standing, consensus });
      positions.set(figure.sourceId, list);
    }
  }
  return sources.map((s) => ({
    id: s.id,
    name: s.name,
    country: s.country,
    kind: s.kind,
    claimCount: s._count.claims,
    positions: positions.get(s.id) ?? [],
  }));
}
export type SourceOverview = Awaited<ReturnType<typeof fetchSourcesOverview>>[number];
