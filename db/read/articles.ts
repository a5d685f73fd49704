import { prisma } from "../client";

export async function fetchArticles() {
  return prisma.article.findMany({
    select: { id: true, fileName: true, title: true, publisher: true, published: true, dateSource: true, dateNote: true, language: true, claimCount: true },
    orderBy: [{ published: "desc" }, { fileName: "asc" }],
  });
}
export type ArticleListItem = Awaited<ReturnType<typeof fetchArticles>>[number];

export async function fetchArticle(id: number) {
  return prisma.article.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: { start: "asc" },
        select: { id: true, start: true, end: true, mentions: true, quote: true, valueLow: true, valueBest: true, valueHigh: true, qualifier: true, unit: true, measure: true, stance: true, sourceId: true, sourceName: true, questionId: true, asOf: true, asOfPrecision: true, question: { select: { label: true } } },
      },
    },
  });
}
export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof fetchArticle>>>;
