import Link from "next/link";
import { SourceRangeFigure } from "@/components/charts/source-range-figure";
import type { QuestionSummary } from "@/db/read/questions";
import { ConflictMeter } from "./conflict-meter";
import { contestNote, questionFacts } from "./question-facts";

export function QuestionCard({ question }: { question: QuestionSummary }) {
  const headingId = `question-${question.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          <Link href={`/questions/${encodeURIComponent(question.id)}`} className="text-blue-800 hover:underline">{question.label}</Link>
        </h2>
        <ConflictMeter score={question.conflictScore} note={contestNote(question.sources)} />
      </div>
      <p className="text-sm text-slate-600">
        {questionFacts(question)}
      </p>
      <SourceRangeFigure question={question} showKey={false} />
    </article>
  );
}
