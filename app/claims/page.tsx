import type { Metadata } from "next";
import { Suspense } from "react";
import { agencyColor } from "@/components/charts/agency-colors";
import { ClaimFiltersForm } from "@/components/claims/claim-filters-form";
import { ClaimsResults } from "@/components/claims/claims-results";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { IgnoredParamsNotice } from "@/components/ui/ignored-params-notice";
import { fetchFilterOptions } from "@/db/read/filter-options";
import { parseClaimFilters, type SearchParamsRecord } from "@/lib/filters/claim-filters";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { filters, ignored } = parseClaimFilters(await searchParams);
  const options = await fetchFilterOptions();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Claims</h1>
      <IgnoredParamsNotice ignored={ignored} />
      <ClaimFiltersForm filters={filters} options={options} sources={options.sources.map((s) => ({ ...s, color: agencyColor(s.id) }))} />
      <Suspense key={JSON.stringify(filters)} fallback={<TableSkeleton />}>
        <ClaimsResults filters={filters} options={options} />
      </Suspense>
    </div>
  );
}
