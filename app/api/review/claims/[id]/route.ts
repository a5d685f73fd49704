import { claimDecisionInputSchema } from "@/lib/review/decisions";
import { recordClaimDecision } from "@/db/write/review-decisions";
import { notFound } from "../../../_lib/responses";
import { idParam, reviewWrite } from "../../_lib/review-write";

export const dynamic = "force-dynamic";

/** Confirm, correct, reject or move one claim: `{"action": "reject", "reason": "duplicate", "note": "…"}`. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const claimId = idParam((await params).id);
  if (claimId === null) return notFound("No such claim: the id must be a positive whole number.");
  return reviewWrite(request, claimDecisionInputSchema, { claimId }, (db, reviewer, input) => recordClaimDecision(db, reviewer, input));
}
