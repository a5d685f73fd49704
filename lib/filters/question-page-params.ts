// The question page's search params: which page of its claims, how many a
// page, and whether every relation is listed. Read the same forgiving way as
// the explorer's.
import { z } from "zod";
import { CLAIM_FILTER_FIELDS, CLAIM_FILTER_HELP, parseForgiving, type SearchParamsRecord } from "./claim-filters";

export const QUESTION_CLAIMS_PAGE_SIZE = 100;
export const MAX_QUESTION_CLAIMS_PAGE_SIZE = 200;

export const QUESTION_PAGE_FIELDS = {
  page: CLAIM_FILTER_FIELDS.page,
  pageSize: z.coerce.number().int().min(1).max(MAX_QUESTION_CLAIMS_PAGE_SIZE).default(QUESTION_CLAIMS_PAGE_SIZE),
  relations: z.enum(["all"]).optional(),
};

export const QUESTION_PAGE_PARAM_HELP = {
  page: CLAIM_FILTER_HELP.page!,
  pageSize: `a whole number from 1 to ${MAX_QUESTION_CLAIMS_PAGE_SIZE}`,
  relations: "“all”, or nothing for the first of each kind",
};

export function parseQuestionPageParams(params: SearchParamsRecord) {
  return parseForgiving(QUESTION_PAGE_FIELDS, params);
}
export type QuestionPageParams = ReturnType<typeof parseQuestionPageParams>["filters"];

/** The question page's URL with these settings, defaults left out; `hash` names the section to land on. */
export function questionHref(id: string, { page, pageSize, relations }: Partial<QuestionPageParams> = {}, hash = ""): string {
  const params = new URLSearchParams();
  if (relations) params.set("relations", relations);
  if (page && page > 1) params.set("page", String(page));
  if (pageSize && pageSize !== QUESTION_CLAIMS_PAGE_SIZE) params.set("pageSize", String(pageSize));
  const query = params.toString();
  return `/questions/${encodeURIComponent(id)}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}
