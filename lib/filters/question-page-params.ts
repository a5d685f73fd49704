// The question page's search params: which page of its claims, how many a
// page, and whether every relation is listed. Read the same forgiving way as
// the explorer's.
import { z } from "zod";
import { CLAIM_FILTER_FIELDS, CLAIM_FILTER_HELP, parseForgiving, type SearchParamsRecord } from "./claim-filters";

export const QUESTION_CLAIMS_PAGE_SIZE = 100;
export const MAX_QUESTION_CLAIMS_PAGE_SIZE = 200;
/**
 * Rows each table of sources (side by side, who says what) and the timeline's
 * table list unless `tables=all`: on 3,000 articles a question has 130 sources
 * and 430 dated figures, and listing them all made its page 1.4 MB of HTML,
 * rendered again after every write. The charts and the downloads keep every one.
 */
export const QUESTION_TABLE_ROWS_SHOWN = 20;

export const QUESTION_PAGE_FIELDS = {
  page: CLAIM_FILTER_FIELDS.page,
  pageSize: z.coerce.number().int().min(1).max(MAX_QUESTION_CLAIMS_PAGE_SIZE).default(QUESTION_CLAIMS_PAGE_SIZE),
  relations: z.enum(["all"]).optional(),
  tables: z.enum(["all"]).optional(),
};

export const QUESTION_PAGE_PARAM_HELP = {
  page: CLAIM_FILTER_HELP.page!,
  pageSize: `a whole number from 1 to ${MAX_QUESTION_CLAIMS_PAGE_SIZE}`,
  relations: "“all”, or nothing for the first of each kind",
  tables: `“all”, or nothing for the first ${QUESTION_TABLE_ROWS_SHOWN} rows of each table`,
};

export function parseQuestionPageParams(params: SearchParamsRecord) {
  return parseForgiving(QUESTION_PAGE_FIELDS, params);
}
export type QuestionPageParams = ReturnType<typeof parseQuestionPageParams>["filters"];

/** The question page's URL with these settings, defaults left out; `hash` names the section to land on. */
export function questionHref(id: string, { page, pageSize, relations, tables }: Partial<QuestionPageParams> = {}, hash = ""): string {
  const params = new URLSearchParams();
  if (relations) params.set("relations", relations);
  if (tables) params.set("tables", tables);
  if (page && page > 1) params.set("page", String(page));
  if (pageSize && pageSize !== QUESTION_CLAIMS_PAGE_SIZE) params.set("pageSize", String(pageSize));
  const query = params.toString();
  return `/questions/${encodeURIComponent(id)}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}
