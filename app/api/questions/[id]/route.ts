import type { NextRequest } from "next/server";
import { fetchQuestionAnswer } from "../../../../db/read/question-api";
import { QUESTION_CLAIMS_HELP, questionClaimsSchema } from "../../_lib/question-params";
import { searchParamsToRecord } from "../../_lib/params";
import { answering, invalidParameterFromZod, jsonResponse, notFound } from "../../_lib/responses";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

/** One question with a page of its claims (in the contract's shape), its relations and the claims of other questions they name. */
export function GET(request: NextRequest, { params }: Context) {
  return answering(async () => {
    const { id } = await params;
    const query = searchParamsToRecord(request.nextUrl.searchParams);
    const parsed = questionClaimsSchema.safeParse(query);
    if (!parsed.success) return invalidParameterFromZod(parsed.error, QUESTION_CLAIMS_HELP, query);
    const question = fetchQuestionAnswer(id, parsed.data);
    if (!question) return notFound(`No question with id "${id}".`);
    return jsonResponse(question);
  });
}
