import { z } from "zod";
import { undoLastDecision } from "@/db/write/review-decisions";
import { reviewWrite } from "../../../_lib/review-write";

export const dynamic = "force-dynamic";

/** Undoes the last decision made on the question (or a merge into it); the undo is logged. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const questionId = (await params).id;
  return reviewWrite(request, z.object({ questionId: z.string().min(1).max(300) }), { questionId }, (db, reviewer, input) => undoLastDecision(db, reviewer, input));
}
