import type { ArticleListParams } from "../../lib/filters/article-list-params";
import { prisma } from "../client";
import { likePattern, type SqlCondition } from "./claim-where";
import { reader } from "./reader";
import { searchMatch } from "./search-match";

const LIST_COLUMNS = ["id", "fileName", "title", "publisher", "published", "dateSource", "dateNote", "language", "claimCount"] as const;
export type ArticleListItem = {
  id: number;
  fileName: string;
  title: string;
  publisher: string | null;
  published: string | null;
  dateSource: string;
  dateNote: string | null;
  language: string;
  claimCount: number;
};

/** The article search as a condition on Article aliased `a`: the full-text index ArticleSearch, or the literal text when it has no word. */
function articleSearchSql(q: string): SqlCondition {
  const match = searchMatch("ArticleSearch", q);
  if (match) return { sql: `a."id" IN (SELECT "rowid" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ?)`, params: [match] };
  const pattern = likePattern(q);
  return { sql: `(a."title" LIKE ? ESCAPE '\\' OR a."publisher" LIKE ? ESCAPE '\\' OR a."text" LIKE ? ESCAPE '\\')`, params: [pattern, pattern, pattern] };
}

/**
 * One page of the article list, newest first (the order of the `published
 * DESC, fileName` index), and how many there are; with `q`, only the
 * articles whose title, text or outlet holds its words.
 */
export async function fetchArticlesPage({ q, page, pageSize }: ArticleListParams) {
  const where = q ? articleSearchSql(q) : { sql: "1", params: [] };
  const db = reader();
  const articles = db
    .prepare(`SELECT ${LIST_COLUMNS.map((c) => `a."${c}"`).join(", ")} FROM "Article" a WHERE ${where.sql} ORDER BY a."published" DESC, a."fileName" ASC LIMIT ? OFFSET ?`)
    .all(...where.params, pageSize, (page - 1) * pageSize) as ArticleListItem[];
  const { n: total } = db.prepare(`SELECT count(*) AS n FROM "Article" a WHERE ${where.sql}`).get(...where.params) as { n: number };
  return { articles, total };
}

export async function fetchArticle(id: number) {
  return prisma.article.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: { start: "asc" },
        select: {
          id: true, start: true, end: true, mentions: true, quote: true, valueLow: true, valueBest: true, valueHigh: true, qualifier: true, unit: true, measure: true, stance: true,
          sourceId: true, sourceName: true, sourcePerson: true, disputesStart: true, disputesEnd: true, disputesQuote: true, questionId: true, asOf: true, asOfPrecision: true, question: { select: { label: true } },
          // What the review controls show and correct.
          category: true, subject: true, scopePlace: true, scopeGroup: true, scopeState: true, reviewStatus: true, rejectReason: true,
        },
      },
    },
  });
}
export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof fetchArticle>>>;
