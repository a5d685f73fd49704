"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ClaimReviewPanel } from "./claim-review-panel";
import type { ReviewableClaim, SourceChoice } from "./reviewable-claim";

const DONE = { confirm: "Confirmed: here is the next claim.", reject: "Rejected: here is the next claim.", correct: "Corrected: here is the next claim.", undo: "Undone." };

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));

/**
 * One claim of the queue with its keyboard: c confirms, r rejects (with the
 * reason chosen), e opens the correction, n skips to the next, p goes back.
 * A decided claim leaves the queue, so the same place then shows the next one.
 */
export function ReviewQueueItem({ claim, sources, skip, hasNext }: { claim: ReviewableClaim; sources: SourceChoice[]; skip: number; hasNext: boolean }) {
  const router = useRouter();
  const root = useRef<HTMLDivElement>(null);
  const [last, setLast] = useState<string | null>(null);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      const key = e.key.toLowerCase();
      const go = (to: number) => router.push(to > 0 ? `/review?skip=${to}` : "/review");
      if (key === "n" && hasNext) go(skip + 1);
      else if (key === "p" && skip > 0) go(skip - 1);
      else {
        const button = root.current?.querySelector<HTMLButtonElement>(`button[data-shortcut="${key}"]`);
        if (!button || button.disabled) return;
        button.click();
      }
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, skip, hasNext]);
  return (
    <div ref={root}>
      <ClaimReviewPanel key={claim.id} claim={claim} sources={sources} canReview onDecided={(action) => setLast(DONE[action])} />
      {last && <p role="status" className="mt-2 text-sm text-emerald-800">{last}</p>}
    </div>
  );
}
