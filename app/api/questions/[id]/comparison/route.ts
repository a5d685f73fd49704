import type { NextRequest } from "next/server";
import { fetchQuestionComparisonInput } from "../../../../../db/read/comparison";
import { buildQuestionComparison } from "../../../../../lib/comparison/question-comparison";
import { comparisonFormat, comparisonResponse } from "../../../_lib/comparison-response";
import { answering, notFound } from "../../../_lib/responses";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

/** A question's comparison table: one row per independent source. JSON by default, ?format=csv|xlsx|md|html. */
export function GET(request: NextRequest, { params }: Context) {
  return answering(async () => {
    const chosen = comparisonFormat(request.nextUrl.searchParams.get("format") ?? undefined);
    if ("error" in chosen) return chosen.error;
    const { id } = await params;
    const now = new Date();
    const input = id.length <= 300 ? await fetchQuestionComparisonInput(id, now) : null;
    if (!input) return notFound(`No question with id "${id.slice(0, 100)}".`);
    return comparisonResponse(buildQuestionComparison(input), chosen.format, input.question.id, now);
  });
}
