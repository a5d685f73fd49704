import Link from "next/link";
import { SourceRangeFigure } from "@/components/charts/source-range-figure";
import type { QuestionSummary } from "@/db/read/questions";
import { questionHref } from "@/lib/filters/question-page-params";
import { mostQuoted } from "@/lib/lists/most-quoted";
import { ConflictMeter } from "./conflict-meter";
import { contestNote, questionFacts } from "./question-facts";

/** Sources a card draws: a question quoted by sixty sources would make each card a page of its own; the question's page has them all. */
export const CARD_SOURCES_DRAWN = 12;

export function QuestionCard({ question }: { question: QuestionSummary }) {
  const headingId = `question-${question.id}`;
  const href = questionHref(question.id);
  const drawn = mostQuoted(question.sources, CARD_SOURCES_DRAWN);
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          <Link href={href} className="text-blue-800 hover:underline">{question.label}</Link>
        </h2>
        <ConflictMeter score={question.conflictScore} note={contestNote(question.sources)} />
      </div>
      <p className="text-sm text-slate-600">
        {questionFacts(question)}
      </p>
      <SourceRangeFigure question={{ ...question, sources: drawn }} showKey={false} />
      {drawn.length < question.sources.length && (
        <p className="text-sm text-slate-600">
          {`The ${drawn.length} most-quoted of ${question.sources.length} figures by source are drawn; `}
          <Link href={questionHref(question.id, { tables: "all" }, "by-source")} className="text-blue-800 underline">see them all on the question’s page</Link>.
        </p>
      )}
    </article>
  );
}
