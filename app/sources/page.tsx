import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ComparisonDownloads } from "@/components/comparison/comparison-downloads";
import { ComparisonFilterForm } from "@/components/comparison/comparison-filter-form";
import { CrossTableView } from "@/components/comparison/cross-table-view";
import { SourceCard } from "@/components/sources/source-card";
import { currentUserCanReview } from "@/components/review/can-review";
import { SourceReviewPanel } from "@/components/review/source-review-panel";
import { fetchSourceChoices } from "@/db/read/review";
import { IgnoredParamsNotice } from "@/components/ui/ignored-params-notice";
import { CROSS_QUESTIONS_SHOWN } from "@/db/read/comparison";
import { fetchSourcesOverview, SOURCES_PAGE_LIMITS } from "@/db/read/sources";
import { drawnCrossTable, drawnSourceCard } from "@/lib/comparison/drawn";
import type { SearchParamsRecord } from "@/lib/filters/claim-filters";
import { COMPARISON_FILTER_HELP, comparisonFiltersToSearchParams, describeComparisonFilters, parseComparisonFilters } from "@/lib/filters/comparison-filters";

export const metadata: Metadata = { title: "Sources" };

type Props = { searchParams: Promise<SearchParamsRecord> };

const showAllSchema = z.literal("all").optional().catch(undefined);

export default async function SourcesPage({ searchParams }: Props) {
  const { cards: cardsParam, rows: rowsParam, ...params } = await searchParams;
  const showAllCards = showAllSchema.parse(cardsParam) === "all";
  const showAllRows = showAllSchema.parse(rowsParam) === "all";
  const { filters, ignored } = parseComparisonFilters(params);
  const [{ table, cards, sourceTotal, questionTotal, sourceChoices, sourceNames }, registry] = await Promise.all([
    fetchSourcesOverview(filters, { ...SOURCES_PAGE_LIMITS, ...(showAllRows && { rows: Infinity }), ...(showAllCards && { cards: Infinity }) }),
    // The registry is for the review controls alone.
    currentUserCanReview().then((canReview) => (canReview ? fetchSourceChoices() : null)),
  ]);
  const described = describeComparisonFilters(filters, sourceNames);
  const allRowsHref = `/sources?${new URLSearchParams([...comparisonFiltersToSearchParams(filters), ["rows", "all"]])}#cross-table`;
  const allCardsHref = `/sources?${new URLSearchParams([...comparisonFiltersToSearchParams(filters), ["cards", "all"]])}#by-source`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Sources</h1>
      <p className="text-slate-600">
        Each source that the articles credit with a figure, what it said on each question, and where its latest figure stands against the consensus of the others.
      </p>
      <IgnoredParamsNotice ignored={ignored} help={COMPARISON_FILTER_HELP} />
      <ComparisonFilterForm filters={filters} sources={sourceChoices} />
      <p className="text-sm text-slate-700" data-testid="comparison-filters">
        {`Filters: ${described}. ${sourceTotal} source(s) on ${table.questions.length} question(s)`}
        {questionTotal > CROSS_QUESTIONS_SHOWN ? `: the ${CROSS_QUESTIONS_SHOWN} most contested of ${questionTotal} questions are shown; the export has them all.` : "."}
      </p>
      <section aria-labelledby="cross-table" className="space-y-2">
        <h2 id="cross-table" className="text-xl font-semibold">Sources and questions side by side</h2>
        <ComparisonDownloads endpoint="/api/comparison" query={comparisonFiltersToSearchParams(filters).toString()} />
        <CrossTableView table={drawnCrossTable(table)} />
        {table.rows.length < sourceTotal && (
          <p className="text-sm text-slate-700">
            {`The ${table.rows.length} most-quoted of ${sourceTotal} sources are shown in the table; the export has them all. `}
            <Link href={allRowsHref} className="text-blue-800 underline">Show all {sourceTotal} sources in the table</Link>
          </p>
        )}
      </section>
      {cards.length > 0 && (
        <section aria-labelledby="by-source" className="space-y-2">
          <h2 id="by-source" className="text-xl font-semibold">By source</h2>
          <div className="grid gap-4 lg:grid-cols-2">
            {cards.map((s) => (
              <div key={s.id} className="min-w-0 space-y-2">
                <SourceCard source={drawnSourceCard(s)} />
                {registry && <SourceReviewPanel source={{ id: s.id, name: s.name, kind: s.kind, country: s.country }} sources={registry} />}
              </div>
            ))}
          </div>
          {cards.length < sourceTotal && (
            <p className="text-sm text-slate-700">
              {`The ${cards.length} most-quoted of ${sourceTotal} sources are shown. `}
              <Link href={allCardsHref} className="text-blue-800 underline">Show all {sourceTotal} sources</Link>
            </p>
          )}
        </section>
      )}
      {sourceChoices.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">No attributed claims yet. Load articles with <code>npm run ingest</code>.</p>
      )}
    </div>
  );
}
