// The audit log page's search params, read forgivingly: a bad value falls back
// to its default and the page names it.
import { z } from "zod";
import { parseForgiving, type SearchParamsRecord } from "../filters/claim-filters";
import { CLAIM_ACTIONS, QUESTION_ACTIONS, SOURCE_ACTIONS } from "./vocabulary";

export const LOG_ACTIONS = [...CLAIM_ACTIONS, ...QUESTION_ACTIONS, ...SOURCE_ACTIONS, "undo"] as const;
export const LOG_PAGE_SIZE = 50;

const LOG_FILTER_FIELDS = {
  user: z.string().trim().min(1).max(200).optional(),
  action: z.enum(LOG_ACTIONS).optional(),
  target: z.enum(["claim", "question", "source"]).optional(),
  claim: z.coerce.number().int().positive().optional(),
  question: z.string().trim().min(1).max(300).optional(),
  page: z.coerce.number().int().min(1).default(1),
};

export const LOG_FILTER_HELP: Record<string, string> = {
  user: "the name of a reviewer",
  action: `one of ${LOG_ACTIONS.join(", ")}`,
  target: "claim, question or source",
  claim: "a claim id (a positive whole number)",
  question: "a question id",
  page: "a whole number from 1",
};

export function parseLogFilters(params: SearchParamsRecord) {
  // The filter form sends empty fields for "any": they mean no filter, not a bad value.
  const cleaned: SearchParamsRecord = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === "" ? undefined : v]));
  return parseForgiving(LOG_FILTER_FIELDS, cleaned);
}
export type LogFilters = ReturnType<typeof parseLogFilters>["filters"];
