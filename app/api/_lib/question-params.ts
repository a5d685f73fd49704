// /api/questions reads a subset of the explorer's params, with the same meaning
// and the same field schemas, so its 400 answers reuse the explorer's help texts.
import { z } from "zod";
import { CLAIM_FILTER_FIELDS, CLAIM_FILTER_HELP } from "../../../lib/filters/claim-filters";

export const questionListSchema = z.object({
  source: CLAIM_FILTER_FIELDS.source,
  category: CLAIM_FILTER_FIELDS.category,
  page: CLAIM_FILTER_FIELDS.page,
  pageSize: CLAIM_FILTER_FIELDS.pageSize,
});

export const QUESTION_LIST_HELP: Record<string, string> = {
  source: "agency id (repeatable): questions with at least one claim from it",
  category: CLAIM_FILTER_HELP.category!,
  page: CLAIM_FILTER_HELP.page!,
  pageSize: CLAIM_FILTER_HELP.pageSize!,
};
