// What the question page sends to the browser for its claims table: the words
// each cell shows. The table is a client component drawn from these, so the
// page carries each cell once as a few words instead of once as HTML and
// again as the markup of a server-rendered tree.
import { agencyColor } from "@/components/charts/agency-colors";
import { formatIsoDate } from "@/lib/format/dates";
import { formatNumber, formatValue } from "@/lib/format/numbers";
import type { RejectReason, ReviewStatus } from "@/lib/review/vocabulary";
import { claimHref, speakerOf, type QuestionClaim } from "./claim-ref";

export interface DrawnClaimRow {
  id: number;
  speaker: string;
  color: string;
  figure: string;
  denies: boolean;
  low: string;
  best: string;
  high: string;
  /** The date the figure is tied to, else the article's, in words; null when neither is known. */
  asOf: string | null;
  articleDate: boolean;
  href: string;
  title: string;
  outlet: string | null;
  quote: string;
  status: ReviewStatus;
  rejectReason: RejectReason | null;
}

const num = (n: number | null) => (n === null ? "–" : formatNumber(n));

function drawnRow(c: QuestionClaim): DrawnClaimRow {
  const date = c.asOf ?? c.published;
  return {
    id: c.id,
    speaker: speakerOf(c),
    color: agencyColor(c.source?.id ?? null),
    figure: formatValue(c.value, c.qualifier, c.stance),
    denies: c.stance === "denies",
    low: num(c.value.low),
    best: num(c.value.best),
    high: num(c.value.high),
    asOf: date ? formatIsoDate(date) : null,
    articleDate: !c.asOf && c.published !== null,
    href: claimHref(c),
    title: c.articleTitle,
    outlet: c.outlet,
    quote: c.quote,
    status: c.review.status,
    rejectReason: c.review.rejectReason ?? null,
  };
}

/** The claims grouped by who speaks, then in date order. */
export function drawnClaimRows(claims: readonly QuestionClaim[]): DrawnClaimRow[] {
  const sorted = [...claims].sort((a, b) => speakerOf(a).localeCompare(speakerOf(b)) || (a.dateForSort ?? "").localeCompare(b.dateForSort ?? "") || a.id - b.id);
  return sorted.map(drawnRow);
}
