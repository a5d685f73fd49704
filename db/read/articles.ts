import type { ArticleListParams } from "../../lib/filters/article-list-params";
import { prisma } from "../client";

/** One page of the article list, newest first (the order of the `published DESC, fileName` index), and how many there are. */
export async function fetchArticlesPage({ page, pageSize }: ArticleListParams) {
  const [articles, total] = await Promise.all([
    prisma.article.findMany({
      select: { id: true, fileName: true, title: true, publisher: true, published: true, dateSource: true, dateNote: true, language: true, claimCount: true },
      orderBy: [{ published: "desc" }, { fileName: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    prisma.article.count(),
  ]);
  return { articles, total };
}
export type ArticleListItem = Awaited<ReturnType<typeof fetchArticlesPage>>["articles"][number];

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
