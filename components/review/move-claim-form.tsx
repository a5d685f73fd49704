"use client";

import { useState } from "react";
import { useReviewRequest } from "./use-review-request";

interface Choice {
  id: string;
  label: string;
}

const input = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";
const button = "rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium hover:bg-slate-50 disabled:opacity-60";

/** Moves one claim into another question, where grouping put it in the wrong one; the question pages change at once. */
export function MoveClaimForm({ claimId, questionId, questions }: { claimId: number; questionId: string | null; questions: Choice[] }) {
  const { send, pending, outcome } = useReviewRequest();
  const [into, setInto] = useState("");
  const others = questions.filter((q) => q.id !== questionId);
  if (others.length === 0) return null;
  return (
    <form
      aria-label="Move to another question"
      className="space-y-1 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        void send(`/api/review/claims/${claimId}`, { action: "move", questionId: into }, "Moved.").then((r) => r.ok && setInto(""));
      }}
    >
      <label className="flex flex-col gap-0.5 font-medium">
        Belongs to another question
        <select className={input} value={into} onChange={(e) => setInto(e.target.value)} required>
          <option value="">Choose a question…</option>
          {others.map((q) => <option key={q.id} value={q.id}>{q.label}</option>)}
        </select>
      </label>
      <button type="submit" disabled={pending || !into} className={button}>Move it there</button>
      {outcome && <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "text-emerald-800" : "text-red-700"}>{outcome.message}</p>}
    </form>
  );
}
