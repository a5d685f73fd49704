import Link from "next/link";
import type { QuestionDetail } from "@/db/read/questions";
import { MAX_RELATIONS_PER_TYPE } from "@/lib/reconcile/conventions";
import type { RelationType } from "@/lib/reconcile/types";
import { drawnRelations } from "./relation-rows";
import { RelationItems } from "./relation-items";

/** Most telling first: conflicts and explained differences before plain agreement. */
const GROUPS: { type: RelationType; heading: string; meaning: string }[] = [
  { type: "contradicts", heading: "Contradictions", meaning: "figures that cannot both be right, or a denial of what others assert" },
  { type: "sum", heading: "Sums", meaning: "parts that add up to a total: not competing figures" },
  { type: "update", heading: "Updates", meaning: "a source revising its own earlier figure" },
  { type: "part_of", heading: "Parts of a wider count", meaning: "a narrower count inside a larger one" },
  { type: "agrees", heading: "Agreements", meaning: "figures within tolerance of each other, or overlapping ranges" },
  { type: "repeat", heading: "Repeats", meaning: "the same figure from the same source, reported again" },
];

/** The reconciler's relations, grouped by type, each with its explanation and the claims it links. */
export function RelationsList({ question, showingAll = false, canReview = false }: { question: QuestionDetail; showingAll?: boolean; canReview?: boolean }) {
  const claims = new Map([...question.claims, ...question.relatedClaims].map((c) => [c.id, c]));
  const groups = GROUPS.map((g) => ({
    ...g,
    relations: question.relations.filter((r) => r.type === g.type),
    count: question.relationCounts[g.type] ?? 0,
  })).filter((g) => g.relations.length > 0 || g.count > 0);
  if (groups.length === 0) return <p className="text-sm text-slate-600">No relations: this question has a single figure, or none of its figures bear on each other.</p>;
  return (
    <div className="space-y-4">
      {groups.map((g) => (
        <section key={g.type} aria-labelledby={`relations-${g.type}`} className="rounded border border-slate-200 bg-white p-4">
          <h3 id={`relations-${g.type}`} className="font-semibold">
            {g.heading} <span className="font-normal text-slate-600">({g.count})</span>
          </h3>
          <p className="text-sm text-slate-600">
            {g.meaning}
            {g.relations.length < g.count && ` · showing ${g.relations.length} of ${g.count}`}
            {showingAll && g.count > MAX_RELATIONS_PER_TYPE && `: the first ${MAX_RELATIONS_PER_TYPE} of each kind are kept`}
            {g.relations.length < g.count && !showingAll && (
              <>
                {" · "}
                <Link href={`/questions/${encodeURIComponent(question.id)}?relations=all#relations-${g.type}`} className="text-blue-800 underline" scroll={false}>
                  {g.count > MAX_RELATIONS_PER_TYPE ? `show ${MAX_RELATIONS_PER_TYPE} of ${g.count}` : `show all ${g.count}`}
                </Link>
              </>
            )}
          </p>
          <RelationItems relations={drawnRelations(g.relations, claims, canReview)} questionId={question.id} canReview={canReview} />
        </section>
      ))}
    </div>
  );
}
