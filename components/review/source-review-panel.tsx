"use client";

import { useState } from "react";
import { AGENCY_KINDS } from "@/lib/sources/agencies";
import type { SourceChoice } from "./reviewable-claim";
import { useReviewRequest } from "./use-review-request";

const input = "rounded border border-slate-300 bg-white px-2 py-1 text-sm";
const button = "rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium hover:bg-slate-50 disabled:opacity-60";

interface Props {
  source: { id: string; name: string; kind: string; country: string | null };
  sources: SourceChoice[];
}

/** An analyst's decisions on a source of the registry: its name, its kind and country, a merge into another (its name becomes an alias), and undo. */
export function SourceReviewPanel({ source, sources }: Props) {
  const { send, pending, outcome } = useReviewRequest();
  const [name, setName] = useState(source.name);
  const [kind, setKind] = useState(source.kind);
  const [country, setCountry] = useState(source.country ?? "");
  const [into, setInto] = useState("");
  const url = `/api/review/sources/${encodeURIComponent(source.id)}`;
  return (
    <details className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
      <summary className="cursor-pointer font-medium text-blue-800">Review {source.name}</summary>
      <div className="mt-2 space-y-2">
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => (e.preventDefault(), send(url, { action: "source_rename", name }, "Renamed."))}>
          <label className="flex flex-col gap-0.5 font-medium">Name<input className={`${input} w-72 max-w-full`} value={name} onChange={(e) => setName(e.target.value)} required /></label>
          <button type="submit" disabled={pending || name.trim() === source.name} className={button}>Rename</button>
        </form>
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => (e.preventDefault(), send(url, { action: "source_set", kind, country: country.trim() || null }, "Kind and country saved."))}>
          <label className="flex flex-col gap-0.5 font-medium">Kind
            <select className={input} value={kind} onChange={(e) => setKind(e.target.value)}>{AGENCY_KINDS.map((k) => <option key={k} value={k}>{k.replace("_", " ")}</option>)}</select>
          </label>
          <label className="flex flex-col gap-0.5 font-medium">Country<input className={input} value={country} onChange={(e) => setCountry(e.target.value)} /></label>
          <button type="submit" disabled={pending} className={button}>Save</button>
        </form>
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => (e.preventDefault(), send(url, { action: "source_merge", into }, "Merged."))}>
          <label className="flex flex-col gap-0.5 font-medium">The same source as
            <select className={`${input} w-72 max-w-full`} value={into} onChange={(e) => setInto(e.target.value)} required>
              <option value="">Choose a source…</option>
              {sources.filter((s) => s.id !== source.id).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </label>
          <button type="submit" disabled={pending || !into} className={button}>Merge into it</button>
        </form>
        <button type="button" disabled={pending} onClick={() => send(`${url}/undo`, {}, "Last decision on this source undone.")} className={button}>Undo the last decision on this source</button>
        {outcome && <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "text-emerald-800" : "text-red-700"}>{outcome.message}</p>}
      </div>
    </details>
  );
}
