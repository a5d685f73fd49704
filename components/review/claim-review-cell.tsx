import type { StoredClaim } from "@/lib/export/columns";
import { formatValue } from "@/lib/format/numbers";
import { ClaimReviewPanel } from "./claim-review-panel";
import { ReviewStatusBadge } from "./review-status-badge";
import { reviewableFromClaim, type SourceChoice } from "./reviewable-claim";

/** A table row's review: the status, the machine's reading where a decision changed it, and the controls behind a disclosure. */
export function ClaimReviewCell({ claim, sources, canReview }: { claim: StoredClaim; sources: SourceChoice[]; canReview: boolean }) {
  const { review } = claim;
  return (
    <div className="space-y-1">
      <ReviewStatusBadge status={review.status} rejectReason={review.rejectReason} />
      {review.original && review.status !== "added" && (
        <p className="text-xs text-slate-600">
          machine read: {formatValue(review.original.value, claim.qualifier, claim.stance)}, {review.original.source?.name ?? "no source"}
        </p>
      )}
      {canReview && (
        <details className="text-sm">
          <summary className="cursor-pointer text-blue-800">Review…</summary>
          <div className="mt-1 w-80">
            <ClaimReviewPanel claim={reviewableFromClaim(claim)} sources={sources} canReview />
          </div>
        </details>
      )}
    </div>
  );
}
