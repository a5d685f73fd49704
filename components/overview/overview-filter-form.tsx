"use client";

import Link from "next/link";
import { useState } from "react";
import { useSearchParamUpdater } from "@/components/claims/use-search-param-updater";
import { CATEGORIES } from "@/lib/claims/claim";
import type { OverviewFilters } from "./overview-params";

export interface SourceOption {
  id: string;
  name: string;
  claims: number;
  color: string;
}

/**
 * Filters live in the URL (shareable, back button works); each change returns to page 1.
 * The ticked boxes are also kept locally so they answer at once while the page reloads;
 * the page remounts this form with a key on every URL change, so the URL stays the truth.
 */
export function OverviewFilterForm({ filters, sources }: { filters: OverviewFilters; sources: SourceOption[] }) {
  const { update, pending } = useSearchParamUpdater();
  const [selected, setSelected] = useState(filters.source);
  const toggle = (id: string, checked: boolean) => {
    const next = checked ? [...selected, id] : selected.filter((s) => s !== id);
    setSelected(next);
    update({ source: next });
  };
  const active = filters.source.length > 0 || filters.category !== undefined;

  return (
    <form role="search" aria-label="Filter questions" aria-busy={pending} onSubmit={(e) => e.preventDefault()} className="grid gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-[1fr_auto]">
      <fieldset className="min-w-0">
        <legend className="mb-1 text-sm font-medium">Questions where this source gives a figure</legend>
        {sources.length === 0 && <p className="text-sm text-slate-600">No attributed claims yet.</p>}
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {sources.map((s) => (
            <label key={s.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" checked={selected.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              <span aria-hidden className="inline-block size-3 rounded-sm" style={{ backgroundColor: s.color }} />
              <span>{s.name}</span>
              <span className="text-xs text-slate-600">({s.claims})</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Category
          <select className="rounded border border-slate-300 bg-white px-2 py-1 text-sm" value={filters.category ?? ""} onChange={(e) => update({ category: e.target.value || null })}>
            <option value="">All categories</option>
            {CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        {active && <Link href="/" className="pb-1 text-sm text-blue-800 underline">Clear filters</Link>}
        {pending && <span role="status" className="pb-1 text-sm text-slate-600">Updating…</span>}
      </div>
    </form>
  );
}
