// /api/questions reads a subset of the explorer's params, with the same meaning
// and the same field schemas, so its 400 answers reuse the explorer's help texts.
import { z } from "zod";
import { CLAIM_FILTER_FIELDS, CLAIM_FILTER_HELP, MAX_PAGE_SIZE, pageSizeField } from "../../../lib/filters/claim-filters";
import { QUESTION_CLAIMS_PAGE_SIZE } from "../../../lib/filters/question-api-params";

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

/** /api/questions/ID pages through the question's claims, latest first: the explorer's page fields, a larger page by default. */
export const questionClaimsSchema = z.object({
  page: CLAIM_FILTER_FIELDS.page,
  pageSize: pageSizeField(QUESTION_CLAIMS_PAGE_SIZE),
});

export const QUESTION_CLAIMS_HELP: Record<string, string> = {
  page: `${CLAIM_FILTER_HELP.page!}: which page of the question's claims, latest first`,
  pageSize: `a whole number from 1 to ${MAX_PAGE_SIZE}: claims a page (default ${QUESTION_CLAIMS_PAGE_SIZE})`,
};
