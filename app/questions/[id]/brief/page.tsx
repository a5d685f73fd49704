import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SourceRangeFigure } from "@/components/charts/source-range-figure";
import { BriefCitations } from "@/components/comparison/brief-citations";
import { ComparisonTableView } from "@/components/comparison/comparison-table-view";
import { PrintButton } from "@/components/comparison/print-button";
import { fetchQuestion } from "@/db/read/questions";
import { fetchQuestionComparison } from "@/db/read/question-comparison-table";

type Props = { params: Promise<{ id: string }> };

const loadBrief = cache(async (id: string) => {
  if (id.length > 300) notFound();
  const [question, comparison] = await Promise.all([fetchQuestion(id, { relationsPerType: 0, claimsPerRelation: 0 }), fetchQuestionComparison(id)]);
  if (!question || !comparison) notFound();
  return { question, ...comparison };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { question } = await loadBrief((await params).id);
  return { title: `Brief: ${question.label}` };
}

/** One printable page: the chart, who says what, the consensus and the citations. */
export default async function QuestionBriefPage({ params }: Props) {
  const { question, table } = await loadBrief((await params).id);
  const about = Object.fromEntries(table.about.lines);
  return (
    <article className="brief mx-auto max-w-4xl space-y-5 bg-white p-4 print:max-w-none print:p-0" data-testid="brief">
      <header className="space-y-1">
        <p className="text-xs uppercase tracking-wide text-slate-600">Triangulate brief</p>
        <h1 className="text-2xl font-semibold">{question.label}</h1>
        <p className="text-xs text-slate-600">
          {`${about["Articles behind it"]} article(s), ${about["Independent sources"]} independent source(s). Prepared ${about["Exported"]?.slice(0, 10)}.`}
        </p>
        <PrintButton />
      </header>
      <section aria-label="Figures side by side" className="break-inside-avoid">
        <SourceRangeFigure question={question} showKey={false} />
      </section>
      <section aria-labelledby="brief-table" className="space-y-2">
        <h2 id="brief-table" className="text-lg font-semibold">Who says what</h2>
        <ComparisonTableView table={table} caption={`Sources compared: ${question.label}`} />
      </section>
      <BriefCitations table={table} />
      <p className="text-xs text-slate-600">{about["Conventions"]}</p>
    </article>
  );
}
