// The one mapping between a claim as extraction gives it (and the API shows it)
// and a row of the Claim table.
import type { ExtractedClaim } from "../lib/claims/claim";
import type { Prisma } from "./generated/client";
import type { ClaimReviewState } from "../lib/export/columns";
import { reviewOfRow, sourceOfColumns } from "./review-row";

export interface ArticleRef {
  id: number;
  fileName: string;
  publisher: string | null;
  published: string | null;
}

export function toClaimRow(claim: ExtractedClaim, article: ArticleRef): Prisma.ClaimCreateManyInput {
  return {
    articleId: article.id,
    outlet: article.publisher,
    sourceId: claim.source?.id ?? null,
    sourceName: claim.source?.name ?? null,
    sourcePerson: claim.source?.person ?? null,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    mentions: JSON.stringify(claim.mentions),
    valueLow: claim.value.low,
    valueBest: claim.value.best,
    valueHigh: claim.value.high,
    qualifier: claim.qualifier,
    unit: claim.unit,
    category: claim.category,
    measure: claim.measure,
    subject: claim.subject,
    scopePlace: claim.scope.place,
    scopeGroup: claim.scope.group,
    scopeState: claim.scope.state,
    asOf: claim.asOf,
    asOfPrecision: claim.asOfPrecision,
    dateForSort: claim.asOf ?? article.published,
    stance: claim.stance,
    disputesStart: claim.disputes?.start ?? null,
    disputesEnd: claim.disputes?.end ?? null,
    disputesQuote: claim.disputes?.quote ?? null,
  };
}

/** The figure a denial disputes, when the text named it. */
function disputesOfRow(row: { disputesStart: number | null; disputesEnd: number | null; disputesQuote: string | null }): Pick<ExtractedClaim, "disputes"> {
  if (row.disputesStart === null || row.disputesEnd === null || row.disputesQuote === null) return {};
  return { disputes: { start: row.disputesStart, end: row.disputesEnd, quote: row.disputesQuote } };
}

type ClaimRow = Prisma.ClaimGetPayload<{ include: { article: { select: { fileName: true } } } }>;

/** A stored claim in the contract's shape: what `npm run extract` prints, plus id, article and question. */
export function fromClaimRow(row: ClaimRow): ExtractedClaim & { id: number; article: number; question: string | null; review: ClaimReviewState } {
  return {
    id: row.id,
    article: row.articleId,
    question: row.questionId,
    file: row.article.fileName,
    quote: row.quote,
    start: row.start,
    end: row.end,
    mentions: JSON.parse(row.mentions) as ExtractedClaim["mentions"],
    value: { low: row.valueLow, best: row.valueBest, high: row.valueHigh },
    qualifier: row.qualifier as ExtractedClaim["qualifier"],
    unit: row.unit,
    category: row.category as ExtractedClaim["category"],
    measure: row.measure,
    scope: { place: row.scopePlace, group: row.scopeGroup, state: row.scopeState },
    subject: row.subject,
    source: sourceOfColumns(row),
    asOf: row.asOf,
    asOfPrecision: row.asOfPrecision as ExtractedClaim["asOfPrecision"],
    stance: row.stance as ExtractedClaim["stance"],
    ...disputesOfRow(row),
    review: reviewOfRow(row),
  };
}
