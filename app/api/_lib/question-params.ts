// /api/questions reads a subset of the explorer's params, with the same meaning,
// so its 400 answers reuse the explorer's help texts.
import { z } from "zod";
import { CATEGORIES } from "../../../lib/claims/claim";
import { CLAIM_FILTER_HELP, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../../lib/filters/claim-filters";

export const questionListSchema = z.object({
  source: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1).max(100)).max(50)),
  category: z.enum(CATEGORIES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export const QUESTION_LIST_HELP: Record<string, string> = {
  source: "agency id (repeatable): questions with at least one claim from it",
  category: CLAIM_FILTER_HELP.category!,
  page: CLAIM_FILTER_HELP.page!,
  pageSize: CLAIM_FILTER_HELP.pageSize!,
};
