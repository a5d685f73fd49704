"use client";

import Link from "next/link";
import { useState } from "react";
import type { ClaimChanges, ClaimFields } from "@/lib/review/decisions";
import { REJECT_REASONS, REJECT_REASON_LABELS, type RejectReason } from "@/lib/review/vocabulary";
import { ClaimFieldsForm } from "./claim-fields-form";
import { ReviewStatusBadge } from "./review-status-badge";
import type { ReviewableClaim, SourceChoice } from "./reviewable-claim";
import { useReviewRequest } from "./use-review-request";

/** Only the fields the analyst changed: a correction names what it corrects. */
export function changedFields(before: ClaimFields, after: ClaimFields): ClaimChanges {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof ClaimFields)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) changes[key] = after[key];
  }
  return changes as ClaimChanges;
}

const button = "rounded border px-2.5 py-1 text-sm font-medium disabled:opacity-60";

interface Props {
  claim: ReviewableClaim;
  sources: SourceChoice[];
  canReview: boolean;
  /** Called after a decision is stored (the queue moves on). */
  onDecided?: (action: "confirm" | "reject" | "correct" | "undo") => void;
  /** Opens with the correction form shown (the queue's `e` key). */
  correcting?: boolean;
  onCorrectingChange?: (open: boolean) => void;
}

/** Confirm, correct, reject or undo one claim; for a viewer, the status alone. */
export function ClaimReviewPanel({ claim, sources, canReview, onDecided, correcting, onCorrectingChange }: Props) {
  const { send, pending, outcome } = useReviewRequest();
  const [ownCorrecting, setOwnCorrecting] = useState(false);
  const open = correcting ?? ownCorrecting;
  const setOpen = onCorrectingChange ?? setOwnCorrecting;
  const [reason, setReason] = useState<RejectReason>("not_a_figure");
  const [note, setNote] = useState("");
  const url = `/api/review/claims/${claim.id}`;

  async function decide(action: "confirm" | "reject", success: string) {
    const body = action === "reject" ? { action, reason, note: note || undefined } : { action, note: note || undefined };
    if ((await send(url, body, success)).ok) {
      setNote("");
      onDecided?.(action);
    }
  }

  async function correct(fields: ClaimFields, formNote: string) {
    const changes = changedFields(claim.fields, fields);
    if (Object.keys(changes).length === 0) return void (await send(url, { action: "confirm", note: formNote || undefined }, "Nothing changed: confirmed as it is."));
    if ((await send(url, { action: "correct", changes, note: formNote || undefined }, "Correction saved.")).ok) {
      setOpen(false);
      onDecided?.("correct");
    }
  }

  async function undo() {
    if ((await send(`${url}/undo`, {}, "Last decision undone.")).ok) onDecided?.("undo");
  }

  return (
    <section aria-label="Review" className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">Review:</span> <ReviewStatusBadge status={claim.status} rejectReason={claim.rejectReason} />
        <Link href={`/log?claim=${claim.id}`} className="text-xs text-blue-800 underline">history</Link>
      </p>
      {!canReview ? (
        <p className="text-xs text-slate-600">Analysts and admins review claims; sign in with such an account to confirm, correct or reject.</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <button type="button" disabled={pending} onClick={() => decide("confirm", "Confirmed.")} data-shortcut="c" className={`${button} border-emerald-400 bg-white text-emerald-800 hover:bg-emerald-50`}>Confirm</button>
            <button type="button" disabled={pending} onClick={() => setOpen(!open)} aria-expanded={open} data-shortcut="e" className={`${button} border-blue-400 bg-white text-blue-800 hover:bg-blue-50`}>Correct…</button>
            <label className="flex items-center gap-1 text-sm">
              <span className="sr-only">Reason to reject</span>
              <select value={reason} onChange={(e) => setReason(e.target.value as RejectReason)} className="rounded border border-slate-300 bg-white px-1 py-1 text-sm">
                {REJECT_REASONS.map((r) => <option key={r} value={r}>{REJECT_REASON_LABELS[r]}</option>)}
              </select>
            </label>
            <button type="button" disabled={pending} onClick={() => decide("reject", "Rejected.")} data-shortcut="r" className={`${button} border-red-400 bg-white text-red-800 hover:bg-red-50`}>Reject</button>
            {claim.status !== "unreviewed" && (
              <button type="button" disabled={pending} onClick={undo} className={`${button} border-slate-300 bg-white text-slate-700 hover:bg-slate-100`}>Undo last decision</button>
            )}
          </div>
          {!open && (
            <label className="flex flex-col gap-0.5 text-xs font-medium text-slate-700">
              Note (optional)
              <input value={note} onChange={(e) => setNote(e.target.value)} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm" />
            </label>
          )}
          {open && <ClaimFieldsForm initial={claim.fields} sources={sources} submitLabel="Save correction" pending={pending} onSubmit={correct} onCancel={() => setOpen(false)} />}
        </>
      )}
      {outcome && (
        <p role={outcome.ok ? "status" : "alert"} className={`text-sm ${outcome.ok ? "text-emerald-800" : "text-red-700"}`}>
          {outcome.message}
        </p>
      )}
    </section>
  );
}
