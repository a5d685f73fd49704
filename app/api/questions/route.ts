import type { NextRequest } from "next/server";
import { fetchQuestionList } from "@/db/read/question-api";
import { QUESTION_LIST_HELP, questionListSchema } from "../_lib/question-params";
import { searchParamsToRecord } from "../_lib/params";
import { answering, invalidParameterFromZod, jsonResponse } from "../_lib/responses";

export const dynamic = "force-dynamic";

/** Questions from most to least contested, each with its latest claims, a few relations of each type and the link to all of them. */
export function GET(request: NextRequest) {
  return answering(async () => {
    const params = searchParamsToRecord(request.nextUrl.searchParams);
    const parsed = questionListSchema.safeParse(params);
    if (!parsed.success) return invalidParameterFromZod(parsed.error, QUESTION_LIST_HELP, params);
    const { questions, total, page, pageSize } = await fetchQuestionList(parsed.data);
    return jsonResponse({ questions, total, page, pageSize });
  });
}
