"use client";

import Link from "next/link";
import { CATEGORIES } from "@/lib/claims/claim";
import type { ComparisonFilters } from "@/lib/filters/comparison-filters";

interface Props {
  filters: ComparisonFilters;
  sources: Array<{ id: string; name: string }>;
}

/**
 * A plain GET form: the filters go in the URL, so the view can be shared, and it works without scripts.
 * A client component so that the page carries each source's id and name, not a box's markup a second time.
 */
export function ComparisonFilterForm({ filters, sources }: Props) {
  const checked = new Set(filters.source);
  return (
    <form method="get" action="/sources" className="space-y-3 rounded border border-slate-200 bg-white p-4 text-sm" aria-label="Filter the sources">
      <fieldset>
        <legend className="font-medium">Sources</legend>
        {/* The boxes are styled from their list: a corpus can credit several hundred sources. */}
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 [&>label]:flex [&>label]:items-center [&>label]:gap-1">
          {sources.map((s) => (
            <label key={s.id}>
              <input type="checkbox" name="source" value={s.id} defaultChecked={checked.has(s.id)} />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Category</span>
          <select name="category" defaultValue={filters.category ?? ""} className="rounded border border-slate-300 px-2 py-1">
            <option value="">Every category</option>
            {CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">From</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">To</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded bg-blue-800 px-3 py-1.5 font-medium text-white hover:bg-blue-900">Apply</button>
        <Link href="/sources" className="text-blue-800 underline">Clear</Link>
      </div>
    </form>
  );
}
