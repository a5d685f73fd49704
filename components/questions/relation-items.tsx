"use client";

import Link from "next/link";
import { MarkRelationWrong } from "@/components/review/mark-relation-wrong";
import type { DrawnChip, DrawnRelation } from "./relation-rows";

function ClaimChip({ chip }: { chip: DrawnChip }) {
  if (chip.href === null) return <span className="rounded border border-slate-200 px-2 py-0.5 text-xs text-slate-600">claim {chip.id} (not shown)</span>;
  return (
    <Link prefetch={false} href={chip.href} className="inline-flex items-center gap-1.5 rounded border border-slate-200 px-2 py-0.5 text-xs text-blue-800 hover:bg-slate-50">
      <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ backgroundColor: chip.color }} />
      {chip.text}
    </Link>
  );
}

/** One kind's relations, each with its explanation and the claims it links (rows from `drawnRelations`). */
export function RelationItems({ relations, questionId, canReview }: { relations: DrawnRelation[]; questionId: string; canReview: boolean }) {
  return (
    <ul className="mt-2 space-y-2">
      {relations.map((r) => (
        <li key={r.key} className="text-sm">
          <p>
            {r.explanation}
            {canReview && <MarkRelationWrong questionId={questionId} type={r.type} claimIds={r.claimIds} />}
          </p>
          <p className="mt-1 flex flex-wrap gap-1.5">
            {r.chips.map((chip) => <ClaimChip key={chip.id} chip={chip} />)}
            {r.more > 0 && <span className="px-1 py-0.5 text-xs text-slate-600">and {r.more} more</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
