"use client";

import { useActionState } from "react";
import { reextractOutdated, type ReextractState } from "@/app/admin/extraction/actions";

export function ReextractForm({ outdated }: { outdated: number }) {
  const [state, action, pending] = useActionState<ReextractState, FormData>(reextractOutdated, { ok: false, message: null });
  return (
    <form action={action} className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-busy={pending}>
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">Which articles</legend>
        <label className="flex items-center gap-2"><input type="radio" name="scope" value="outdated" defaultChecked /> the {outdated} extracted with an older version</label>
        <label className="flex items-center gap-2"><input type="radio" name="scope" value="all" /> every article</label>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        {pending ? "Extracting again…" : "Extract again"}
      </button>
      {state.message && <p role="status" className={`text-sm ${state.ok ? "text-green-900" : "text-red-800"}`}>{state.message}</p>}
    </form>
  );
}
