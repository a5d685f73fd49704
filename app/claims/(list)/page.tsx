import type { Metadata } from "next";
import { Suspense } from "react";
import { agencyColor } from "@/components/charts/agency-colors";
import { ClaimFiltersForm } from "@/components/claims/claim-filters-form";
import { ClaimsResults } from "@/components/claims/claims-results";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { IgnoredParamsNotice } from "@/components/ui/ignored-params-notice";
import { fetchFacetCounts } from "@/db/read/facets";
import { fetchFilterOptions, fetchSourceIds } from "@/db/read/filter-options";
import { countOf } from "@/lib/filters/facets";
import { CLAIM_FILTER_HELP, parseClaimFilters, withKnownSources, type SearchParamsRecord } from "@/lib/filters/claim-filters";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const parsed = parseClaimFilters(await searchParams);
  const [options, sourceIds] = await Promise.all([fetchFilterOptions(), fetchSourceIds()]);
  // An agency id no source has would silently match nothing: it is dropped and named instead.
  const { filters, unknown } = withKnownSources(parsed.filters, sourceIds);
  const ignored = unknown.length ? [...parsed.ignored, "source"] : parsed.ignored;
  const { counts: facets, sample: facetSample } = fetchFacetCounts(filters);
  const sources = options.sources.map((s) => ({ ...s, claims: countOf(facets.source, s.id), color: agencyColor(s.id) }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Claims</h1>
      <IgnoredParamsNotice ignored={ignored} help={unknown.length ? { ...CLAIM_FILTER_HELP, source: `an agency id that exists; no agency has the id ${unknown.join(", ")}` } : CLAIM_FILTER_HELP} />
      <ClaimFiltersForm filters={filters} options={options} sources={sources} facets={facets} facetSample={facetSample} />
      <Suspense key={JSON.stringify(filters)} fallback={<TableSkeleton />}>
        <ClaimsResults filters={filters} options={options} />
      </Suspense>
    </div>
  );
}
