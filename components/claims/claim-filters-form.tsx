"use client";

import Link from "next/link";
import type { FilterOptions } from "@/db/read/filter-options";
import { CATEGORIES } from "@/lib/claims/vocabulary";
import { categoryWords } from "@/lib/format/words";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import { CLAIM_SORTS } from "@/lib/filters/claim-sorts";
import { DebouncedInput } from "@/components/filters/debounced-input";
import { PhoneCollapsible } from "@/components/filters/phone-collapsible";
import { SourceCheckboxes, type SourceOption } from "@/components/filters/source-checkboxes";
import { useSearchParamUpdater } from "@/components/filters/use-search-param-updater";

const SORT_LABELS: Record<(typeof CLAIM_SORTS)[number], string> = {
  "-date": "Newest first",
  date: "Oldest first",
  "-value": "Largest figure first",
  value: "Smallest figure first",
  source: "Source",
  outlet: "Outlet",
};

/** The filters a user set (a sort is not a filter). */
function activeFilterCount(f: ClaimFilters): number {
  const single = [f.question, f.category, f.outlet, f.article, f.from, f.to, f.min, f.max, f.q].filter((v) => v !== undefined && v !== "").length;
  return f.source.length + single;
}

const field = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";
const labelClass = "flex flex-col gap-1 text-sm font-medium";

export function ClaimFiltersForm({ filters, options, sources }: { filters: ClaimFilters; options: FilterOptions; sources: SourceOption[] }) {
  const { update, pending } = useSearchParamUpdater();
  const text = (value: string | number | undefined) => (value === undefined ? "" : String(value));
  const select = (key: string) => (e: React.ChangeEvent<HTMLSelectElement>) => update({ [key]: e.target.value || null });

  return (
    <form role="search" aria-label="Filter claims" aria-busy={pending} onSubmit={(e) => e.preventDefault()} className="rounded border border-slate-200 bg-white p-3 md:p-4">
      <PhoneCollapsible activeCount={activeFilterCount(filters)} className="grid gap-4 md:grid-cols-[260px_1fr]">
      <SourceCheckboxes legend="Source agency" sources={sources} selected={filters.source} onChange={(ids) => update({ source: ids })} />
      <div className="grid content-start gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className={labelClass}>Question
          <select className={field} value={filters.question ?? ""} onChange={select("question")}>
            <option value="">All questions</option>
            {options.questions.map((q) => <option key={q.id} value={q.id}>{q.label}</option>)}
          </select>
        </label>
        <label className={labelClass}>Category
          <select className={field} value={filters.category ?? ""} onChange={select("category")}>
            <option value="">All categories</option>
            {CATEGORIES.map((c) => <option key={c} value={c}>{categoryWords(c)}</option>)}
          </select>
        </label>
        <label className={labelClass}>Outlet
          <select className={field} value={filters.outlet ?? ""} onChange={select("outlet")}>
            <option value="">All outlets</option>
            {options.outlets.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </label>
        <label className={labelClass}>Article
          {options.articles ? (
            <select className={field} value={filters.article ?? ""} onChange={select("article")}>
              <option value="">All articles</option>
              {options.articles.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
            </select>
          ) : (
            <DebouncedInput className={field} inputMode="numeric" value={text(filters.article)} placeholder="article id" onCommit={(v) => update({ article: v || null })} />
          )}
        </label>
        <label className={labelClass}>From date
          <DebouncedInput className={field} value={text(filters.from)} placeholder="YYYY-MM-DD" onCommit={(v) => update({ from: v || null })} />
        </label>
        <label className={labelClass}>To date
          <DebouncedInput className={field} value={text(filters.to)} placeholder="YYYY-MM-DD" onCommit={(v) => update({ to: v || null })} />
        </label>
        <label className={labelClass}>Smallest figure
          <DebouncedInput className={field} inputMode="numeric" value={text(filters.min)} placeholder="e.g. 1000" onCommit={(v) => update({ min: v || null })} />
        </label>
        <label className={labelClass}>Largest figure
          <DebouncedInput className={field} inputMode="numeric" value={text(filters.max)} placeholder="e.g. 20000" onCommit={(v) => update({ max: v || null })} />
        </label>
        <label className={`${labelClass} sm:col-span-2`}>Search quotes, measures and sources
          <DebouncedInput type="search" className={field} value={text(filters.q)} placeholder="e.g. Koursk" onCommit={(v) => update({ q: v || null })} />
        </label>
        <label className={labelClass}>Sort
          <select className={field} value={filters.sort} onChange={select("sort")}>
            {CLAIM_SORTS.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
          </select>
        </label>
        <div className="flex items-end gap-3 text-sm">
          <Link href="/claims" className="text-blue-800 underline">Clear all filters</Link>
          {pending && <span role="status" className="text-slate-500">Updating…</span>}
        </div>
      </div>
      </PhoneCollapsible>
    </form>
  );
}
