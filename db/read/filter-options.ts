import { prisma } from "../client";

/** Beyond this many articles a drop-down is no help: the explorer takes an article id instead. */
export const ARTICLE_CHOICES_LIMIT = 300;

/** The agencies that have claims, with how many: what a source filter offers. */
export async function fetchSourceOptions() {
  const sources = await prisma.source.findMany({ where: { claimCount: { gt: 0 } }, select: { id: true, name: true, claimCount: true }, orderBy: { name: "asc" } });
  return sources.map((s) => ({ id: s.id, name: s.name, claims: s.claimCount }));
}

/** What the explorer's filters offer: only values that occur in the stored claims. */
export async function fetchFilterOptions() {
  const [sources, questions, outlets, articleCount, units] = await Promise.all([
    fetchSourceOptions(),
    prisma.question.findMany({ select: { id: true, label: true }, orderBy: { label: "asc" } }),
    // groupBy is a GROUP BY in SQL; findMany's `distinct` would read every article first.
    prisma.article.groupBy({ by: ["publisher"], where: { publisher: { not: null } }, orderBy: { publisher: "asc" } }),
    prisma.article.count(),
    // The questions' units: every grouped claim's, without reading the claims.
    prisma.question.groupBy({ by: ["unit"], orderBy: { unit: "asc" } }),
  ]);
  const articles =
    articleCount <= ARTICLE_CHOICES_LIMIT ? await prisma.article.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }) : null;
  return {
    sources,
    questions,
    outlets: outlets.map((o) => o.publisher).filter((o): o is string => o !== null),
    units: units.map((u) => u.unit),
    /** null when there are too many to list. */
    articles,
  };
}
export type FilterOptions = Awaited<ReturnType<typeof fetchFilterOptions>>;

/** Every stored agency id, to tell an unknown `source=` from one that has no claims. */
export async function fetchSourceIds(): Promise<Set<string>> {
  const rows = await prisma.source.findMany({ select: { id: true } });
  return new Set(rows.map((r) => r.id.toLowerCase()));
}

/** The agencies the articles credit with claims, for /api/sources. */
export async function fetchSourceList() {
  return prisma.source.findMany({ where: { claimCount: { gt: 0 } }, select: { id: true, name: true, country: true, kind: true, claimCount: true }, orderBy: { name: "asc" } });
}
