import { REJECT_REASON_LABELS, REVIEW_STATUS_LABELS, type RejectReason, type ReviewStatus } from "@/lib/review/vocabulary";

const STYLES: Record<ReviewStatus, string> = {
  unreviewed: "border-slate-300 bg-white text-slate-600",
  confirmed: "border-emerald-300 bg-emerald-50 text-emerald-800",
  corrected: "border-blue-300 bg-blue-50 text-blue-800",
  rejected: "border-red-300 bg-red-50 text-red-800 line-through decoration-red-400",
  added: "border-violet-300 bg-violet-50 text-violet-800",
};

/** A claim's review status in words (never by colour alone), with the reason of a rejection. */
export function ReviewStatusBadge({ status, rejectReason }: { status: ReviewStatus; rejectReason?: RejectReason | null }) {
  const reason = status === "rejected" && rejectReason ? ` (${REJECT_REASON_LABELS[rejectReason]})` : "";
  return (
    <span data-review-status={status} className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${STYLES[status]}`}>
      {REVIEW_STATUS_LABELS[status]}
      {reason}
    </span>
  );
}
