import type { Metadata } from "next";
import { Suspense } from "react";
import { agencyColor } from "@/components/charts/agency-colors";
import { OverviewFilterForm } from "@/components/overview/overview-filter-form";
import { OVERVIEW_PARAM_HELP, parseOverviewParams } from "@/lib/filters/overview-filters";
import { QuestionCardsSkeleton } from "@/components/overview/question-cards-skeleton";
import { QuestionList } from "@/components/overview/question-list";
import { IgnoredParamsNotice } from "@/components/ui/ignored-params-notice";
import { fetchSourceOptions } from "@/db/read/filter-options";

// The root layout's title template applies to pages below it, not to its own segment's page.
export const metadata: Metadata = { title: { absolute: "Overview · Triangulate" } };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filters, ignored } = parseOverviewParams(await searchParams);
  const sources = await fetchSourceOptions();
  const sourceNames = Object.fromEntries(sources.map((s) => [s.id, s.name]));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Overview</h1>
      <p className="text-slate-600">
        Each question gathers the figures different sources give for the same thing, ranked from most to least contested.
      </p>
      <IgnoredParamsNotice ignored={ignored} help={OVERVIEW_PARAM_HELP} />
      <OverviewFilterForm filters={filters} sources={sources.map((s) => ({ ...s, color: agencyColor(s.id) }))} />
      <Suspense key={JSON.stringify(filters)} fallback={<QuestionCardsSkeleton />}>
        <QuestionList filters={filters} sourceNames={sourceNames} />
      </Suspense>
    </div>
  );
}
