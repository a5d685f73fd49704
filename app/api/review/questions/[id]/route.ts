import { questionDecisionInputSchema } from "@/lib/review/decisions";
import { recordQuestionDecision } from "@/db/write/review-decisions";
import { reviewWrite } from "../../_lib/review-write";

export const dynamic = "force-dynamic";

/** Rename, merge into another question, split claims out, or mark a relation wrong. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const questionId = (await params).id;
  return reviewWrite(request, questionDecisionInputSchema, { questionId }, (db, reviewer, input) => recordQuestionDecision(db, reviewer, input));
}
