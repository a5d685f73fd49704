import type { ArticleDetail } from "@/db/read/articles";
import { toReviewableClaim, type ReviewableClaim } from "@/components/review/reviewable-claim";
import { disputedClaimId, speakerLabel } from "@/lib/claims/speaker";
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
  /** For a denial: the figure it disputes, with that figure's claim when the article's claims hold it. */
  disputes: { quote: string; claimId: number | null } | null;
  review: ReviewableClaim;
}

type ArticleClaim = ArticleDetail["claims"][number];

function disputesOf(c: ArticleClaim, claims: ArticleDetail["claims"]): ReaderClaim["disputes"] {
  if (c.disputesStart === null || c.disputesEnd === null || c.disputesQuote === null) return null;
  const spanned = claims.map((o) => ({ id: o.id, start: o.start, end: o.end, mentions: JSON.parse(o.mentions) as { start: number; end: number }[] }));
  return { quote: c.disputesQuote, claimId: disputedClaimId({ start: c.disputesStart, end: c.disputesEnd }, spanned) };
}

/** `all`: the article's claims, among which a denial's disputed figure is looked for. */
export function toReaderClaims(claims: ArticleDetail["claims"], all: ArticleDetail["claims"] = claims): ReaderClaim[] {
  return claims.map((c) => ({
    id: c.id,
    quote: c.quote,
    value: formatValue({ low: c.valueLow, best: c.valueBest, high: c.valueHigh }, c.qualifier, c.stance),
    measure: `${c.measure} (${c.unit})`,
    source: speakerLabel(c.sourceName === null ? null : { name: c.sourceName, person: c.sourcePerson }),
    asOf: c.asOf ? formatIsoDate(c.asOf) : AS_OF_NOT_STATED,
    questionId: c.questionId,
    questionLabel: c.question?.label ?? null,
    disputes: disputesOf(c, all),
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
    claims: toReaderClaims(claims.filter((c) => marked.has(c.id) || c.id === chosenId), claims),
    shownSpans: shown.length,
    totalSpans: total,
  };
}
