import Link from "next/link";
import { RangeChartKey } from "@/components/charts/chart-key";
import { Pagination } from "@/components/claims/pagination";
import { fetchQuestionsPage } from "@/db/read/questions";
import { formatNumber } from "@/lib/format/numbers";
import { categoryWords } from "@/lib/format/words";
import { OVERVIEW_PAGE_SIZE, overviewHref, type OverviewFilters } from "@/lib/filters/overview-filters";
import { QuestionCard } from "./question-card";

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/** The current view in words, as the page heading's companion: "3 questions where GUR gives a figure, category “Troops deployed”, most contested first". */
function describe(total: number, filters: OverviewFilters, sourceName: (id: string) => string): string {
  let text = `${formatNumber(total)} question${total === 1 ? "" : "s"}`;
  if (filters.source.length) text += ` where ${listNames(filters.source.map(sourceName))} gives a figure`;
  if (filters.category) text += `, category “${categoryWords(filters.category)}”`;
  return `${text}, most contested first`;
}

export async function QuestionList({ filters, sourceNames }: { filters: OverviewFilters; sourceNames: Record<string, string> }) {
  const { questions, total } = await fetchQuestionsPage({ ...filters, pageSize: OVERVIEW_PAGE_SIZE });
  const filtered = filters.source.length > 0 || filters.category !== undefined;

  if (total === 0 && !filtered) {
    return (
      <div className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
        <p className="font-medium">No questions yet.</p>
        <p className="mt-1 text-sm">
          Questions appear once articles are loaded: run <code>npm run ingest -- seeds/</code> (or any folder of <code>.txt</code> articles), then reload this page.
        </p>
      </div>
    );
  }

  return (
    <section aria-labelledby="overview-summary" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id="overview-summary" aria-live="polite" className="font-medium">{describe(total, filters, (id) => sourceNames[id] ?? id)}</p>
        {questions.length > 0 && <RangeChartKey hasConsensus />}
      </div>
      {questions.length === 0 ? (
        <div className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          <p className="font-medium">{total > 0 ? "This page is past the last one." : "No question matches these filters."}</p>
          <p className="mt-1 text-sm">
            <Link href="/" className="text-blue-800 underline">Clear filters</Link>
            {total > 0 && <> or <Link href={overviewHref({ ...filters, page: 1 })} className="text-blue-800 underline">go to the first page</Link></>}.
          </p>
        </div>
      ) : (
        <ol className="space-y-4">
          {questions.map((q) => <li key={q.id}><QuestionCard question={q} /></li>)}
        </ol>
      )}
      <Pagination total={total} page={filters.page} pageSize={OVERVIEW_PAGE_SIZE} hrefFor={(page) => overviewHref({ ...filters, page })} />
    </section>
  );
}
