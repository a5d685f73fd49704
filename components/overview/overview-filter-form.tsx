"use client";

import Link from "next/link";
import { PhoneCollapsible } from "@/components/filters/phone-collapsible";
import { SourceCheckboxes, type SourceOption } from "@/components/filters/source-checkboxes";
import { useSearchParamUpdater } from "@/components/filters/use-search-param-updater";
import { CATEGORIES } from "@/lib/claims/vocabulary";
import { categoryWords } from "@/lib/format/words";
import type { OverviewFilters } from "@/lib/filters/overview-filters";

/** Filters live in the URL (shareable, back button works); each change returns to page 1. */
export function OverviewFilterForm({ filters, sources }: { filters: OverviewFilters; sources: SourceOption[] }) {
  const { update, pending } = useSearchParamUpdater();
  const active = filters.source.length > 0 || filters.category !== undefined;

  return (
    <form role="search" aria-label="Filter questions" aria-busy={pending} onSubmit={(e) => e.preventDefault()} className="space-y-3 rounded border border-slate-200 bg-white p-3 md:p-4">
      <PhoneCollapsible activeCount={filters.source.length + (filters.category ? 1 : 0)} className="grid gap-4 md:grid-cols-[1fr_auto]">
        <SourceCheckboxes legend="Questions where this source gives a figure" layout="wrap" sources={sources} selected={filters.source} onChange={(ids) => update({ source: ids })} />
        <div className="flex flex-wrap items-end gap-4">
          <label className="flex flex-col gap-1 text-sm font-medium">
            Category
            <select className="rounded border border-slate-300 bg-white px-2 py-1 text-sm" value={filters.category ?? ""} onChange={(e) => update({ category: e.target.value || null })}>
              <option value="">All categories</option>
              {CATEGORIES.map((c) => <option key={c} value={c}>{categoryWords(c)}</option>)}
            </select>
          </label>
        </div>
      </PhoneCollapsible>
      {(active || pending) && (
        <div className="flex flex-wrap items-center gap-4 text-sm">
          {active && <Link href="/" className="text-blue-800 underline">Clear filters</Link>}
          {pending && <span role="status" className="text-slate-600">Updating…</span>}
        </div>
      )}
    </form>
  );
}
