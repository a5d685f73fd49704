"use client";

import { useReviewRequest } from "./use-review-request";

/** Marks one relation of a question as wrong: it leaves the question's relations at the next regroup, which runs at once. */
export function MarkRelationWrong({ questionId, type, claimIds }: { questionId: string; type: string; claimIds: number[] }) {
  const { send, pending, outcome } = useReviewRequest();
  return (
    <span className="ml-2 inline-flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => send(`/api/review/questions/${encodeURIComponent(questionId)}`, { action: "relation_wrong", type, claimIds }, "Marked as wrong.")}
        className="rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-700 hover:bg-slate-100 disabled:opacity-60"
      >
        Mark as wrong
      </button>
      {outcome && !outcome.ok && <span role="alert" className="text-xs text-red-700">{outcome.message}</span>}
    </span>
  );
}
