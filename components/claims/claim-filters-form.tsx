"use client";

import Link from "next/link";
import type { FilterOptions } from "@/db/read/filter-options";
import { CATEGORIES, LANGUAGES, QUALIFIERS } from "@/lib/claims/vocabulary";
import { countOf, type FacetCount, type FacetCounts } from "@/lib/filters/facets";
import { formatNumber } from "@/lib/format/numbers";
import { categoryWords } from "@/lib/format/words";
import type { ClaimFilters } from "@/lib/filters/claim-filters";
import { CLAIM_SORTS } from "@/lib/filters/claim-sorts";
import { REVIEW_STATUSES, REVIEW_STATUS_LABELS } from "@/lib/review/vocabulary";
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
  const single = [f.question, f.category, f.outlet, f.article, f.from, f.to, f.min, f.max, f.q, f.stance, f.ownVoice, f.qualifier, f.unit, f.language, f.hasAsOf].filter((v) => v !== undefined && v !== "").length;
  return f.source.length + single;
}

const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = { fr: "French", en: "English" };
const yesNoValue = (value: boolean | undefined) => (value === undefined ? "" : String(value));

const field = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";
const labelClass = "flex flex-col gap-1 text-sm font-medium";

/** An option's label with the number of claims it gives under the other filters, when counted. */
function counted(label: string, facet: FacetCount[] | undefined, value: string | null) {
  return facet ? `${label} (${formatNumber(countOf(facet, value))})` : label;
}

interface Props {
  filters: ClaimFilters;
  options: FilterOptions;
  sources: SourceOption[];
  facets?: Partial<FacetCounts>;
  /** Set when the counts are of the latest this many matching claims only (db/read/facets.ts). */
  facetSample?: number | null;
}

export function ClaimFiltersForm({ filters, options, sources, facets = {}, facetSample = null }: Props) {
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
            {options.questions.map((q) => <option key={q.id} value={q.id}>{counted(q.label, facets.question, q.id)}</option>)}
          </select>
        </label>
        <label className={labelClass}>Category
          <select className={field} value={filters.category ?? ""} onChange={select("category")}>
            <option value="">All categories</option>
            {CATEGORIES.map((c) => <option key={c} value={c}>{counted(categoryWords(c), facets.category, c)}</option>)}
          </select>
        </label>
        <label className={labelClass}>Review status
          <select className={field} value={filters.review[0] ?? ""} onChange={(e) => update({ review: e.target.value ? [e.target.value] : [] })}>
            <option value="">Any status</option>
            {REVIEW_STATUSES.map((s) => <option key={s} value={s}>{REVIEW_STATUS_LABELS[s]}</option>)}
          </select>
        </label>
        <label className={labelClass}>Outlet
          <select className={field} value={filters.outlet ?? ""} onChange={select("outlet")}>
            <option value="">All outlets</option>
            {options.outlets.map((o) => <option key={o} value={o}>{counted(o, facets.outlet, o)}</option>)}
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
        <label className={labelClass}>Stance
          <select className={field} value={filters.stance ?? ""} onChange={select("stance")}>
            <option value="">Assertions and denials</option>
            <option value="asserts">{counted("Assertions only", facets.stance, "asserts")}</option>
            <option value="denies">{counted("Denials only", facets.stance, "denies")}</option>
          </select>
        </label>
        <label className={labelClass}>Language
          <select className={field} value={filters.language ?? ""} onChange={select("language")}>
            <option value="">All languages</option>
            {LANGUAGES.map((l) => <option key={l} value={l}>{counted(LANGUAGE_NAMES[l], facets.language, l)}</option>)}
          </select>
        </label>
        <label className={labelClass}>Who says it
          <select className={field} value={yesNoValue(filters.ownVoice)} onChange={select("ownVoice")}>
            <option value="">Anyone</option>
            <option value="false">A named source</option>
            <option value="true">{counted("The article’s own voice", facets.source, null)}</option>
          </select>
        </label>
        <label className={labelClass}>As-of date
          <select className={field} value={yesNoValue(filters.hasAsOf)} onChange={select("hasAsOf")}>
            <option value="">Any</option>
            <option value="true">Given in the text</option>
            <option value="false">Only the article’s date</option>
          </select>
        </label>
        <label className={labelClass}>Qualifier
          <select className={field} value={filters.qualifier ?? ""} onChange={select("qualifier")}>
            <option value="">Any</option>
            {QUALIFIERS.map((q) => <option key={q} value={q}>{q.replace("_", " ")}</option>)}
          </select>
        </label>
        <label className={labelClass}>Unit
          <select className={field} value={filters.unit ?? ""} onChange={select("unit")}>
            <option value="">Any unit</option>
            {options.units.map((u) => <option key={u} value={u}>{u}</option>)}
          </select>
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
        {facetSample !== null && (
          <p id="facet-sample-note" className="text-sm text-slate-600 sm:col-span-2 lg:col-span-4">
            More than {formatNumber(facetSample)} claims match: the numbers beside the options count the latest {formatNumber(facetSample)} of them only.
          </p>
        )}
      </div>
      </PhoneCollapsible>
    </form>
  );
}
