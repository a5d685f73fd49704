"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import type { SegmentBounds } from "@/lib/articles/highlight";
import { HighlightedText } from "@/components/search/highlighted-text";
import { AddClaimPanel, selectionIn, type TextSelection } from "@/components/review/add-claim-panel";
import { ClaimReviewPanel } from "@/components/review/claim-review-panel";
import { MoveClaimForm } from "@/components/review/move-claim-form";
import { ReviewStatusBadge } from "@/components/review/review-status-badge";
import type { SourceChoice } from "@/components/review/reviewable-claim";
import type { ReaderClaim } from "./reader-claims";

interface Props {
  text: string;
  language: string;
  claims: ReaderClaim[];
  /** Cut on the server: the browser does not split the text again. */
  segments: SegmentBounds[];
  initialClaimId: number | null;
  /** A search to mark in the text, as the explorer or the article list matched it. */
  query?: string;
  articleId: number;
  sources: SourceChoice[];
  /** The questions a claim can be moved to (analysts only). */
  questions: { id: string; label: string }[];
  canReview: boolean;
}

export function ArticleReader({ articleId, text, language, claims, segments, initialClaimId, query, sources, questions, canReview }: Props) {
  const articleRef = useRef<HTMLElement>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const router = useRouter();
  const pathname = usePathname();
  const [selectedId, setSelectedId] = useState(initialClaimId);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const statusOf = useMemo(() => new Map(claims.map((c) => [c.id, c.review.status])), [claims]);

  function show(id: number) {
    setSelection(null);
    setSelectedId(id);
    router.replace(`${pathname}?claim=${id}${query ? `&q=${encodeURIComponent(query)}` : ""}`, { scroll: false });
  }

  function select(id: number) {
    // A drag over a highlighted figure selects words to add; it does not choose the claim.
    if (window.getSelection()?.isCollapsed === false) return;
    show(id);
  }

  function close() {
    setSelectedId(null);
    router.replace(pathname, { scroll: false });
  }

  return (
    <div className={`grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] ${selected ? "max-lg:pb-[55vh]" : ""}`}>
      <article
        ref={articleRef}
        onMouseUp={() => canReview && articleRef.current && setSelection(selectionIn(articleRef.current))}
        onKeyUp={(e) => canReview && e.shiftKey && articleRef.current && setSelection(selectionIn(articleRef.current))}
        lang={language}
        className="whitespace-pre-wrap rounded border border-slate-200 bg-white p-5 font-serif text-[17px] leading-relaxed"
      >
        {segments.map((seg) => {
          const claimId = seg.claimIds.at(-1);
          const piece = text.slice(seg.start, seg.end);
          if (claimId === undefined) return <span key={seg.start}><HighlightedText text={piece} query={query} /></span>;
          const isSelected = seg.claimIds.includes(selectedId ?? -1);
          return (
            <mark
              key={seg.start}
              role="button"
              tabIndex={0}
              data-claim={claimId}
              aria-pressed={isSelected}
              onClick={() => select(claimId)}
              onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), select(claimId))}
              data-review={statusOf.get(claimId)}
              className={`cursor-pointer rounded-sm px-0.5 ${isSelected ? "bg-amber-300 ring-2 ring-amber-500" : "bg-amber-100 hover:bg-amber-200"} ${statusOf.get(claimId) === "rejected" ? "line-through decoration-red-500" : ""}`}
            >
              <HighlightedText text={piece} query={query} />
            </mark>
          );
        })}
      </article>
      {/* Below the lg width the card would come after the whole article: there it is a sheet over the text's foot instead. */}
      <aside
        aria-label="Selected claim"
        aria-live="polite"
        className={`h-fit rounded border border-slate-200 bg-white p-4 text-sm lg:sticky lg:top-4 ${selected ? "max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-40 max-lg:max-h-[55vh] max-lg:overflow-y-auto max-lg:rounded-b-none max-lg:border-x-0 max-lg:border-b-0 max-lg:shadow-[0_-4px_16px_rgba(15,23,42,0.18)]" : ""}`}
      >
        {selection ? (
          <AddClaimPanel articleId={articleId} selection={selection} template={(selected ?? claims[0])?.review.fields ?? null} sources={sources} onAdded={show} onCancel={() => setSelection(null)} />
        ) : selected ? (
          <>
            <button type="button" onClick={close} className="float-right rounded border border-slate-300 px-2 py-0.5 text-xs lg:hidden">
              Close
            </button>
            <ClaimCard claim={selected} sources={sources} questions={questions} canReview={canReview} onShow={show} />
          </>
        ) : (
          <p className="text-slate-600">
            {claims.length ? "Choose a highlighted figure to see the claim it gives." : "No figures were found in this article."}
            {canReview && " To add a claim the machine missed, select its words in the text."}
          </p>
        )}
      </aside>
    </div>
  );
}

function ClaimCard({ claim, sources, questions, canReview, onShow }: { claim: ReaderClaim; sources: SourceChoice[]; questions: Props["questions"]; canReview: boolean; onShow: (id: number) => void }) {
  const disputedId = claim.disputes?.claimId ?? null;
  return (
    <div className="space-y-2">
      <h2 className="flex items-center gap-2 text-lg font-semibold">{claim.value} <ReviewStatusBadge status={claim.review.status} rejectReason={claim.review.rejectReason} /></h2>
      <p className="text-slate-700">{claim.measure}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium">Source</dt>
        <dd>{claim.source}</dd>
        <dt className="font-medium">As of</dt>
        <dd>{claim.asOf}</dd>
        {claim.disputes && (
          <>
            <dt className="font-medium">Disputes</dt>
            <dd data-disputes>
              {disputedId === null ? (
                <q>{claim.disputes.quote}</q>
              ) : (
                <button type="button" onClick={() => onShow(disputedId)} className="text-left text-blue-800 underline">
                  <q>{claim.disputes.quote}</q>
                </button>
              )}
            </dd>
          </>
        )}
      </dl>
      <blockquote className="border-l-4 border-amber-300 pl-3 italic text-slate-700">{claim.quote}</blockquote>
      {claim.questionId && (
        <Link href={`/questions/${encodeURIComponent(claim.questionId)}`} className="inline-block text-blue-800 underline">
          Compare with other figures: {claim.questionLabel}
        </Link>
      )}
      <ClaimReviewPanel key={claim.id} claim={claim.review} sources={sources} canReview={canReview} />
      {canReview && claim.review.status !== "rejected" && <MoveClaimForm key={`move-${claim.id}`} claimId={claim.id} questionId={claim.questionId} questions={questions} />}
    </div>
  );
}
