import { prisma } from "../client";

/** What the explorer's filters offer: only values that occur in the stored claims. */
export async function fetchFilterOptions() {
  const [sources, questions, outlets, articles] = await Promise.all([
    prisma.source.findMany({
      where: { claims: { some: {} } },
      select: { id: true, name: true, _count: { select: { claims: true } } },
      orderBy: { name: "asc" },
    }),
    prisma.question.findMany({ select: { id: true, label: true }, orderBy: { label: "asc" } }),
    prisma.claim.findMany({ where: { outlet: { not: null } }, distinct: ["outlet"], select: { outlet: true }, orderBy: { outlet: "asc" } }),
    prisma.article.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }),
  ]);
  return {
    sources: sources.map((s) => ({ id: s.id, name: s.name, claims: s._count.claims })),
    questions,
    outlets: outlets.map((o) => o.outlet).filter((o): o is string => o !== null),
    articles,
  };
}
export type FilterOptions = Awaited<ReturnType<typeof fetchFilterOptions>>;
