// A question's claims a page at a time, newest first, straight from the
// (questionId, dateForSort) index: the largest question holds a third of a
// million claims, and nothing on its page may read them all.
import type { Prisma } from "../generated/client";
import { fromClaimRow } from "../claim-row";
import { QUESTION_CLAIMS_PAGE_SIZE } from "../../lib/filters/question-page-params";
import { reader } from "./reader";

/** The question page's claims table shows this many claims a page (and the API its latest); the explorer has every filter. */
export const QUESTION_CLAIMS_SHOWN = QUESTION_CLAIMS_PAGE_SIZE;

export const questionClaimInclude = { article: { select: { fileName: true, title: true, publisher: true, published: true } } } satisfies Prisma.ClaimInclude;

export function toQuestionClaim(c: Prisma.ClaimGetPayload<{ include: typeof questionClaimInclude }>) {
  return { ...fromClaimRow(c), outlet: c.outlet, articleTitle: c.article.title, published: c.article.published, dateForSort: c.dateForSort };
}
export type QuestionClaimRow = ReturnType<typeof toQuestionClaim>;

type JoinedClaimRow = Prisma.ClaimGetPayload<object> & { fileName: string; title: string; publisher: string | null; published: string | null };

// Through the shared read-only connection: Prisma maps a claim with its article at 20–40 µs, and the page reads hundreds.
const CLAIM_SELECT = `SELECT c.*, a."fileName", a."title", a."publisher", a."published" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"`;

function fromJoinedRow({ fileName, title, publisher, published, ...claim }: JoinedClaimRow): QuestionClaimRow {
  return toQuestionClaim({ ...claim, article: { fileName, title, publisher, published } });
}

/**
 * One page of a question's claims: the latest date first (no date last), then the highest id,
 * straight from the (questionId, dateForSort) index. A query of its own, never a nested `take`
 * under a question: Prisma merges findUnique calls made at the same moment (a page's metadata
 * and body, two API requests) into one findMany and then applies a nested `take` in memory,
 * after reading every claim of the question.
 */
export async function fetchQuestionClaims(questionId: string, { page = 1, pageSize = QUESTION_CLAIMS_SHOWN } = {}): Promise<QuestionClaimRow[]> {
  const rows = reader()
    .prepare(`${CLAIM_SELECT} WHERE c."questionId" = ? ORDER BY c."dateForSort" DESC, c."id" DESC LIMIT ? OFFSET ?`)
    .all(questionId, pageSize, (page - 1) * pageSize) as JoinedClaimRow[];
  return rows.map(fromJoinedRow);
}

/** These claims by id (those that relations name, kept in neighbouring questions too). */
export async function fetchClaimsByIds(ids: readonly number[]): Promise<QuestionClaimRow[]> {
  const rows = reader().prepare(`${CLAIM_SELECT} WHERE c."id" IN (SELECT value FROM json_each(?)) ORDER BY c."id"`).all(JSON.stringify(ids)) as JoinedClaimRow[];
  return rows.map(fromJoinedRow);
}

/** The review status of each of these claims: the chart's plotted figures are each source's latest, on any page. */
export async function fetchReviewStatuses(ids: readonly number[]): Promise<Map<number, string>> {
  const rows = reader().prepare(`SELECT "id", "reviewStatus" FROM "Claim" WHERE "id" IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...new Set(ids)])) as { id: number; reviewStatus: string }[];
  return new Map(rows.map((r) => [r.id, r.reviewStatus]));
}
