import type { ArticleDetail } from "@/db/read/articles";
import { toReviewableClaim, type ReviewableClaim } from "@/components/review/reviewable-claim";
import { formatIsoDate } from "@/lib/format/dates";
import { formatValue } from "@/lib/format/numbers";
import { AS_OF_NOT_STATED } from "@/lib/format/words";
import { capHighlights, segmentBounds, type SegmentBounds } from "@/lib/articles/highlight";

/** What the reader shows of a claim: plain, already formatted data for a client component. */
export interface ReaderClaim {
  id: number;
  quote: string;
  value: string;
  measure: string;
  source: string;
  asOf: string;
  questionId: string | null;
  questionLabel: string | null;
  review: ReviewableClaim;
}

export function toReaderClaims(claims: ArticleDetail["claims"]): ReaderClaim[] {
  return claims.map((c) => ({
    id: c.id,
    quote: c.quote,
    value: formatValue({ low: c.valueLow, best: c.valueBest, high: c.valueHigh }, c.qualifier, c.stance),
    measure: `${c.measure} (${c.unit})`,
    source: c.sourceName ?? "the article itself (no source named)",
    asOf: c.asOf ? formatIsoDate(c.asOf) : AS_OF_NOT_STATED,
    questionId: c.questionId,
    questionLabel: c.question?.label ?? null,
    review: toReviewableClaim(c),
  }));
}

export interface ReaderHighlights {
  /** The text cut at the marked spans, worked out once on the server: the browser only slices. */
  segments: SegmentBounds[];
  /** The claims of the marked spans (and the one chosen in the URL), the only ones the browser receives. */
  claims: ReaderClaim[];
  shownSpans: number;
  totalSpans: number;
}

/** What the reader marks, capped so that one article of 20,000 mentions still makes a page that loads. */
export function toReaderHighlights(text: string, claims: ArticleDetail["claims"], chosenId: number | null): ReaderHighlights {
  const spans = claims.flatMap((c) => [{ start: c.start, end: c.end }, ...(JSON.parse(c.mentions) as { start: number; end: number }[])].map((s) => ({ ...s, claimId: c.id })));
  const { shown, total } = capHighlights(spans);
  const marked = new Set(shown.map((s) => s.claimId));
  return {
    segments: segmentBounds(text.length, shown),
    claims: toReaderClaims(claims.filter((c) => marked.has(c.id) || c.id === chosenId)),
    shownSpans: shown.length,
    totalSpans: total,
  };
}
