import { addClaimInputSchema } from "@/lib/review/decisions";
import { recordAddedClaim } from "@/db/write/review-decisions";
import { reviewWrite } from "../_lib/review-write";

export const dynamic = "force-dynamic";

/** Adds a claim the machine missed: the article, the selected span and the claim's fields. */
export function POST(request: Request) {
  return reviewWrite(request, addClaimInputSchema, { action: "add" }, (db, reviewer, input) => recordAddedClaim(db, reviewer, input));
}
