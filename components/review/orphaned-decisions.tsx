import Link from "next/link";
import type { OrphanedDecision } from "@/db/read/review";
import { ACTION_LABELS, type DecisionAction } from "@/lib/review/vocabulary";

function about(d: OrphanedDecision) {
  if (d.target === "claim" && d.articleId !== null) {
    const quote = (JSON.parse(d.payload) as { quote?: string }).quote;
    return (
      <Link href={`/articles/${d.articleId}`} className="text-blue-800 underline">
        article {d.articleId}, characters {d.start}–{d.end}{quote ? ` (“${quote.slice(0, 60)}”)` : ""}
      </Link>
    );
  }
  if (d.questionId) return <>question {d.questionId}</>;
  return <>source {d.sourceId}</>;
}

/** Decisions kept although what they were made on is gone (a re-extraction no longer finds the claim): listed, never dropped. */
export function OrphanedDecisions({ decisions }: { decisions: OrphanedDecision[] }) {
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="orphans" role="region" className="rounded border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="orphans" className="font-semibold text-amber-900">{decisions.length} decision{decisions.length === 1 ? "" : "s"} whose claim or question is gone</h2>
      <p className="text-amber-900">The last re-extraction or regroup found nothing to apply them to. They are kept, and apply again if it reappears.</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {decisions.map((d) => (
          <li key={d.id}>
            {d.userName} {ACTION_LABELS[d.action as DecisionAction] ?? d.action} on {about(d)}, {d.createdAt.toISOString().slice(0, 10)}
            {d.note ? ` — “${d.note}”` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
