import Link from "next/link";
import { ConflictMeter } from "@/components/overview/conflict-meter";
import { contestNote, questionFacts } from "@/components/overview/question-facts";
import type { QuestionDetail } from "@/db/read/questions";

const questionHref = (id: string) => `/questions/${encodeURIComponent(id)}`;

/** Title, where the question sits among wider and narrower ones, and its size. */
export function QuestionHeading({ question }: { question: QuestionDetail }) {
  return (
    <header className="space-y-2">
      <Link href="/" className="text-sm text-blue-800 hover:underline">← Overview</Link>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h1 className="text-2xl font-semibold">{question.label}</h1>
        <ConflictMeter score={question.conflictScore} note={contestNote(question.sources)} />
      </div>
      <p className="text-sm text-slate-600">
        {questionFacts(question)}
      </p>
      {question.parent && (
        <p className="text-sm">
          Part of <Link href={questionHref(question.parent.id)} className="text-blue-800 hover:underline">{question.parent.label}</Link>
        </p>
      )}
      {question.children.length > 0 && (
        <nav aria-label="Narrower questions" className="text-sm">
          <span className="text-slate-700">Narrower questions: </span>
          <ul className="inline">
            {question.children.map((c, i) => (
              <li key={c.id} className="inline">
                {i > 0 && " · "}
                <Link href={questionHref(c.id)} className="text-blue-800 hover:underline">{c.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
