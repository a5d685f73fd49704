// What the question page sends to the browser for its relations: each
// relation's explanation and the chips of the claims it links, in words. The
// lists are drawn by a client component from these (see comparison-rows.ts).
import { agencyColor } from "@/components/charts/agency-colors";
import type { StoredRelation } from "@/db/read/question-relations";
import { CLAIMS_SHOWN_PER_RELATION } from "@/db/read/questions";
import { claimHref, claimRefText, type QuestionClaim } from "./claim-ref";

/** A linked claim as its chip shows it; only its id when the page did not read it. */
export type DrawnChip = { id: number; href: string; color: string; text: string } | { id: number; href: null };

export interface DrawnRelation {
  key: string;
  type: string;
  explanation: string;
  /** Every claim it links, for a reviewer's "Mark as wrong" (empty for others: a repeat links a hundred). */
  claimIds: number[];
  chips: DrawnChip[];
  /** Linked claims past the chips shown. */
  more: number;
}

function drawnChip(id: number, claims: ReadonlyMap<number, QuestionClaim>): DrawnChip {
  const claim = claims.get(id);
  return claim ? { id, href: claimHref(claim), color: agencyColor(claim.source?.id ?? null), text: claimRefText(claim) } : { id, href: null };
}

export function drawnRelations(relations: readonly StoredRelation[], claims: ReadonlyMap<number, QuestionClaim>, forReviewer: boolean): DrawnRelation[] {
  return relations.map((r, i) => ({
    key: `${r.claims.slice(0, CLAIMS_SHOWN_PER_RELATION).join("-")}-${i}`,
    type: r.type,
    explanation: r.explanation,
    claimIds: forReviewer ? r.claims : [],
    chips: r.claims.slice(0, CLAIMS_SHOWN_PER_RELATION).map((id) => drawnChip(id, claims)),
    more: Math.max(0, r.claims.length - CLAIMS_SHOWN_PER_RELATION),
  }));
}
