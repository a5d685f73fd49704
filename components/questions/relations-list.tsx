import Link from "next/link";
import { agencyColor } from "@/components/charts/agency-colors";
import { CLAIMS_SHOWN_PER_RELATION, type QuestionDetail } from "@/db/read/questions";
import { MAX_RELATIONS_PER_TYPE } from "@/lib/reconcile/conventions";
import type { RelationType } from "@/lib/reconcile/types";
import { MarkRelationWrong } from "@/components/review/mark-relation-wrong";
import { claimHref, claimRefText, type QuestionClaim } from "./claim-ref";

/** Most telling first: conflicts and explained differences before plain agreement. */
const GROUPS: { type: RelationType; heading: string; meaning: string }[] = [
  { type: "contradicts", heading: "Contradictions", meaning: "figures that cannot both be right, or a denial of what others assert" },
  { type: "sum", heading: "Sums", meaning: "parts that add up to a total: not competing figures" },
  { type: "update", heading: "Updates", meaning: "a source revising its own earlier figure" },
  { type: "part_of", heading: "Parts of a wider count", meaning: "a narrower count inside a larger one" },
  { type: "agrees", heading: "Agreements", meaning: "figures within tolerance of each other, or overlapping ranges" },
  { type: "repeat", heading: "Repeats", meaning: "the same figure from the same source, reported again" },
];

function ClaimChip({ id, claims }: { id: number; claims: Map<number, QuestionClaim> }) {
  const claim = claims.get(id);
  if (!claim) return <span className="rounded border border-slate-200 px-2 py-0.5 text-xs text-slate-600">claim {id} (not shown)</span>;
  return (
    <Link prefetch={false} href={claimHref(claim)} className="inline-flex items-center gap-1.5 rounded border border-slate-200 px-2 py-0.5 text-xs text-blue-800 hover:bg-slate-50">
      <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ backgroundColor: agencyColor(claim.source?.id ?? null) }} />
      {claimRefText(claim)}
    </Link>
  );
}

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
          <ul className="mt-2 space-y-2">
            {g.relations.map((r, i) => (
              <li key={`${r.claims.join("-")}-${i}`} className="text-sm">
                <p>
                  {r.explanation}
                  {canReview && <MarkRelationWrong questionId={question.id} type={r.type} claimIds={r.claims} />}
                </p>
                <p className="mt-1 flex flex-wrap gap-1.5">
                  {r.claims.slice(0, CLAIMS_SHOWN_PER_RELATION).map((id) => <ClaimChip key={id} id={id} claims={claims} />)}
                  {r.claims.length > CLAIMS_SHOWN_PER_RELATION && (
                    <span className="px-1 py-0.5 text-xs text-slate-600">and {r.claims.length - CLAIMS_SHOWN_PER_RELATION} more</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
