import Link from "next/link";
import { currentUserCanReview } from "@/components/review/can-review";
import { fetchExplorerPage } from "@/db/read/claims";
import { fetchSourceChoices } from "@/db/read/review";
import type { FilterOptions } from "@/db/read/filter-options";
import { claimFiltersToSearchParams, type ClaimFilters } from "@/lib/filters/claim-filters";
import { describeClaimFilters } from "@/lib/filters/describe-claim-filters";
import { ClaimsTable } from "./claims-table";
import { ExportLinks } from "./export-links";
import { DataLinks } from "@/components/ui/data-links";
import { Pagination } from "./pagination";

export async function ClaimsResults({ filters, options }: { filters: ClaimFilters; options: FilterOptions }) {
  const [{ claims, total, totalIsLowerBound, page, pageSize }, sources, canReview] = await Promise.all([fetchExplorerPage(filters), fetchSourceChoices(), currentUserCanReview()]);
  const names = {
    sourceName: (id: string) => options.sources.find((s) => s.id === id)?.name ?? id,
    questionLabel: (id: string) => options.questions.find((q) => q.id === id)?.label ?? id,
    articleTitle: (id: number) => options.articles?.find((a) => a.id === id)?.title ?? `article ${id}`,
  };
  const query = claimFiltersToSearchParams({ ...filters, page: 1 }).toString();
  const hrefFor = (p: number) => `/claims?${claimFiltersToSearchParams({ ...filters, page: p }).toString()}`;

  return (
    <section aria-labelledby="claims-summary" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id="claims-summary" className="font-medium" aria-live="polite">{describeClaimFilters(total, filters, names, totalIsLowerBound)}</p>
        {total > 0 && <ExportLinks query={query} />}
        <DataLinks json={`/api/claims${query ? `?${query}` : ""}`} />
      </div>
      {claims.length > 0 ? (
        <ClaimsTable claims={claims} query={filters.q} sort={filters.sort} review={{ sources, canReview }} sortHref={(sort) => `/claims?${claimFiltersToSearchParams({ ...filters, sort, page: 1 }).toString()}`} />
      ) : (
        <div className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          <p className="font-medium">No claims match these filters.</p>
          <p className="mt-1 text-sm">
            {total > 0 ? "This page is past the last one. " : "Loosen a filter, or "}
            <Link href="/claims" className="text-blue-800 underline">clear all filters</Link>.
          </p>
        </div>
      )}
      <Pagination total={total} totalIsLowerBound={totalIsLowerBound} page={page} pageSize={pageSize} hrefFor={hrefFor} />
    </section>
  );
}
