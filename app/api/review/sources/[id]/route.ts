import { sourceDecisionInputSchema } from "@/lib/review/decisions";
import { recordSourceDecision } from "@/db/write/review-decisions";
import { reviewWrite } from "../../_lib/review-write";

export const dynamic = "force-dynamic";

/** Rename a source, set its kind and country, or merge it into another (its name becomes an alias). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const sourceId = (await params).id;
  return reviewWrite(request, sourceDecisionInputSchema, { sourceId }, (db, reviewer, input) => recordSourceDecision(db, reviewer, input));
}
