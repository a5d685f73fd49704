// The article list's search params, read the same forgiving way as the explorer's.
import { z } from "zod";
import { CLAIM_FILTER_FIELDS, CLAIM_FILTER_HELP, parseForgiving, type SearchParamsRecord } from "./claim-filters";

export const ARTICLES_PAGE_SIZE = 50;
export const MAX_ARTICLES_PAGE_SIZE = 200;

export const ARTICLE_LIST_FIELDS = {
  q: CLAIM_FILTER_FIELDS.q,
  page: CLAIM_FILTER_FIELDS.page,
  pageSize: z.coerce.number().int().min(1).max(MAX_ARTICLES_PAGE_SIZE).default(ARTICLES_PAGE_SIZE),
};

export const ARTICLE_LIST_PARAM_HELP = { q: "free text searched in titles, texts and outlets, 1 to 200 characters", page: CLAIM_FILTER_HELP.page!, pageSize: `a whole number from 1 to ${MAX_ARTICLES_PAGE_SIZE}` };

export function parseArticleListParams(params: SearchParamsRecord) {
  return parseForgiving(ARTICLE_LIST_FIELDS, params);
}
export type ArticleListParams = ReturnType<typeof parseArticleListParams>["filters"];

/** The article list's URL for this page, defaults left out. */
export function articlesHref({ q, page, pageSize }: ArticleListParams): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  if (pageSize !== ARTICLES_PAGE_SIZE) params.set("pageSize", String(pageSize));
  const query = params.toString();
  return query ? `/articles?${query}` : "/articles";
}
