import type { QuestionDetail } from "@/db/read/questions";
import { formatValue } from "@/lib/format/numbers";

export type QuestionClaim = QuestionDetail["claims"][number];

/** Who speaks in a claim: the credited agency, else the outlet in its own voice. */
export function speakerOf(claim: QuestionClaim): string {
  return claim.source?.name ?? (claim.outlet ? `${claim.outlet} (own reporting)` : "Article's own voice");
}

/** "GUR: about 11,000", the way relations and lists refer to a claim. */
export function claimRefText(claim: QuestionClaim): string {
  return `${speakerOf(claim)}: ${formatValue(claim.value, claim.qualifier, claim.stance)}`;
}

export function claimHref(claim: Pick<QuestionClaim, "id" | "article">): string {
  return `/articles/${claim.article}?claim=${claim.id}`;
}
