import { z } from "zod";
import { undoLastDecision } from "@/db/write/review-decisions";
import { notFound } from "../../../../_lib/responses";
import { idParam, reviewWrite } from "../../../_lib/review-write";

export const dynamic = "force-dynamic";

/** Undoes the last decision that stands on the claim; the undo is logged. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const claimId = idParam((await params).id);
  if (claimId === null) return notFound("No such claim: the id must be a positive whole number.");
  return reviewWrite(request, z.object({ claimId: z.number() }), { claimId }, (db, reviewer) => undoLastDecision(db, reviewer, { claimId }));
}
