import type { NextRequest } from "next/server";
import { z } from "zod";
import { fetchArticlesPage } from "../../../db/read/articles";
import { ARTICLE_LIST_FIELDS, ARTICLE_LIST_PARAM_HELP } from "../../../lib/filters/article-list-params";
import { searchParamsToRecord } from "../_lib/params";
import { answering, invalidParameterFromZod, jsonResponse } from "../_lib/responses";

export const dynamic = "force-dynamic";

const articleListSchema = z.object(ARTICLE_LIST_FIELDS);

/** The article list as JSON: the same params as /articles (q, page, pageSize), newest first. */
export function GET(request: NextRequest) {
  return answering(async () => {
    const params = searchParamsToRecord(request.nextUrl.searchParams);
    const parsed = articleListSchema.safeParse(params);
    if (!parsed.success) return invalidParameterFromZod(parsed.error, ARTICLE_LIST_PARAM_HELP, params);
    const { articles, total } = await fetchArticlesPage(parsed.data);
    return jsonResponse({ articles, total, page: parsed.data.page, pageSize: parsed.data.pageSize });
  });
}
