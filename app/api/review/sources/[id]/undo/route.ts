import { z } from "zod";
import { undoLastDecision } from "@/db/write/review-decisions";
import { reviewWrite } from "../../../_lib/review-write";

export const dynamic = "force-dynamic";

/** Undoes the last decision made on the source (a rename, its kind and country, or a merge into or out of it); the undo is logged. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const sourceId = (await params).id;
  return reviewWrite(request, z.object({ sourceId: z.string().min(1).max(100) }), { sourceId }, (db, reviewer, input) => undoLastDecision(db, reviewer, input));
}
