import type { NextRequest } from "next/server";
import { fetchQuestionsPageWithClaims } from "@/db/read/questions";
import { QUESTION_LIST_HELP, questionListSchema } from "../_lib/question-params";
import { searchParamsToRecord } from "../_lib/params";
import { answering, invalidParameterFromZod, jsonResponse } from "../_lib/responses";

export const dynamic = "force-dynamic";

/** Questions from most to least contested, each with its claims and relations. */
export function GET(request: NextRequest) {
  return answering(async () => {
    const params = searchParamsToRecord(request.nextUrl.searchParams);
    const parsed = questionListSchema.safeParse(params);
    if (!parsed.success) return invalidParameterFromZod(parsed.error, QUESTION_LIST_HELP, params);
    const { questions, total, page, pageSize } = await fetchQuestionsPageWithClaims(parsed.data);
    return jsonResponse({ questions, total, page, pageSize });
  });
}
