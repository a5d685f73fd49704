// A question's claims a page at a time, newest first, straight from the
// (questionId, dateForSort) index: the largest question holds a third of a
// million claims, and nothing on its page may read them all.
import type { Prisma } from "../generated/client";
import { prisma } from "../client";
import { fromClaimRow } from "../claim-row";
import { QUESTION_CLAIMS_PAGE_SIZE } from "../../lib/filters/question-page-params";
import { inChunks } from "./in-chunks";

/** The question page's claims table shows this many claims a page (and the API its latest); the explorer has every filter. */
export const QUESTION_CLAIMS_SHOWN = QUESTION_CLAIMS_PAGE_SIZE;

export const questionClaimInclude = { article: { select: { fileName: true, title: true, publisher: true, published: true } } } satisfies Prisma.ClaimInclude;

export function toQuestionClaim(c: Prisma.ClaimGetPayload<{ include: typeof questionClaimInclude }>) {
  return { ...fromClaimRow(c), outlet: c.outlet, articleTitle: c.article.title, published: c.article.published, dateForSort: c.dateForSort };
}
export type QuestionClaimRow = ReturnType<typeof toQuestionClaim>;

/**
 * One page of a question's claims: the latest date first (no date last), then the highest id.
 * A query of its own, never a nested `take` under a question: Prisma merges findUnique calls made
 * at the same moment (a page's metadata and body, two API requests) into one findMany and then
 * applies a nested `take` in memory, after reading every claim of the question.
 */
export async function fetchQuestionClaims(questionId: string, { page = 1, pageSize = QUESTION_CLAIMS_SHOWN } = {}): Promise<QuestionClaimRow[]> {
  const rows = await prisma.claim.findMany({
    where: { questionId },
    include: questionClaimInclude,
    orderBy: [{ dateForSort: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return rows.map(toQuestionClaim);
}

/** These claims by id (those that relations name, kept in neighbouring questions too). */
export async function fetchClaimsByIds(ids: readonly number[]): Promise<QuestionClaimRow[]> {
  const rows = await inChunks([...ids], (slice) => prisma.claim.findMany({ where: { id: { in: slice } }, include: questionClaimInclude, orderBy: { id: "asc" } }));
  return rows.map(toQuestionClaim);
}

/** The review status of each of these claims: the chart's plotted figures are each source's latest, on any page. */
export async function fetchReviewStatuses(ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await inChunks([...new Set(ids)], (slice) => prisma.claim.findMany({ where: { id: { in: slice } }, select: { id: true, reviewStatus: true } }));
  return new Map(rows.map((r) => [r.id, r.reviewStatus]));
}
