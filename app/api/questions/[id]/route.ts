import type { NextRequest } from "next/server";
import { fetchQuestion } from "../../../../db/read/questions";
import { answering, jsonResponse, notFound } from "../../_lib/responses";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

/** One question with its claims (in the contract's shape) and relations. */
export function GET(_request: NextRequest, { params }: Context) {
  return answering(async () => {
    const { id } = await params;
    const question = await fetchQuestion(id);
    if (!question) return notFound(`No question with id "${id}".`);
    // The question page shows more beside each claim; the API keeps to the contract.
    const toContract = ({ outlet: _o, articleTitle: _t, published: _p, dateForSort: _d, ...claim }: (typeof question.claims)[number]) => claim;
    return jsonResponse({ ...question, claims: question.claims.map(toContract), relatedClaims: question.relatedClaims.map(toContract) });
  });
}
