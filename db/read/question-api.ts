// What /api/questions and /api/questions/ID answer. A list answer is a
// summary: each question carries its latest few claims and a few relations
// of each type, with `claimCount`, `relationCounts` and the link to its own
// answer, which pages through every claim. Carrying every claim made the
// first page of a 3,000-article database 4.4 MB, rendered again after every
// write. Rows are read through the shared read-only connection: Prisma maps
// each row at 20–40 µs, and a question's relations run into thousands.
import type { Prisma } from "../generated/client";
import { LIST_CLAIMS_PER_QUESTION, LIST_RELATIONS_PER_TYPE, questionApiPath } from "../../lib/filters/question-api-params";
import { fromClaimRow } from "../claim-row";
import { fetchQuestionsPage, fromQuestionRow, type QuestionListFilters } from "./questions";
import { relationsOf } from "./question-relations";
import { reader } from "./reader";

type ClaimRow = Prisma.ClaimGetPayload<object> & { fileName: string };

const CLAIM_SELECT = `SELECT c.*, a."fileName" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"`;

/** The question's own order, as its page shows it: the latest date first (no date last), then the highest id; read from the (questionId, dateForSort) index. */
const QUESTION_ORDER = `c."dateForSort" DESC, c."id" DESC`;

const toClaim = (row: ClaimRow) => fromClaimRow({ ...row, article: { fileName: row.fileName } });

/** Claims `offset` to `offset + limit` of one question, in its order. */
function questionClaims(questionId: string, limit: number, offset = 0) {
  const rows = reader().prepare(`${CLAIM_SELECT} WHERE c."questionId" = ? ORDER BY ${QUESTION_ORDER} LIMIT ? OFFSET ?`).all(questionId, limit, offset) as ClaimRow[];
  return rows.map(toClaim);
}

/** A page of questions, most contested first, each with its latest claims and a few relations of each type. */
export async function fetchQuestionList(filters: QuestionListFilters) {
  const page = await fetchQuestionsPage(filters);
  const relations = relationsOf(page.questions.map((q) => q.id), LIST_RELATIONS_PER_TYPE);
  return {
    ...page,
    questions: page.questions.map((question) => ({
      ...question,
      claims: questionClaims(question.id, LIST_CLAIMS_PER_QUESTION),
      claimsUrl: questionApiPath(question.id),
      relations: relations.get(question.id) ?? [],
    })),
  };
}

export interface ClaimPage {
  page: number;
  pageSize: number;
}

/**
 * One question with a page of its claims (its order), every relation, and the
 * claims of other questions its relations name (sums and parts), so that each
 * relation can be read; `claimsPage` says where the page stands and links the next.
 */
export function fetchQuestionAnswer(id: string, { page, pageSize }: ClaimPage) {
  const db = reader();
  const row = db.prepare(`SELECT * FROM "Question" WHERE "id" = ?`).get(id) as Prisma.QuestionGetPayload<object> | undefined;
  if (!row) return null;
  const parent = row.parentId === null ? null : ((db.prepare(`SELECT "id", "label" FROM "Question" WHERE "id" = ?`).get(row.parentId) as { id: string; label: string } | undefined) ?? null);
  const children = db.prepare(`SELECT "id", "label" FROM "Question" WHERE "parentId" = ? ORDER BY "id"`).all(id) as { id: string; label: string }[];
  const total = (db.prepare(`SELECT count(*) AS n FROM "Claim" WHERE "questionId" = ?`).get(id) as { n: number }).n;
  const claims = questionClaims(id, pageSize, (page - 1) * pageSize);
  const relations = relationsOf([id]).get(id) ?? [];
  const named = [...new Set(relations.flatMap((r) => r.claims))];
  const relatedRows = db
    .prepare(`${CLAIM_SELECT} WHERE c."id" IN (SELECT value FROM json_each(?)) AND c."questionId" IS NOT ? ORDER BY c."id"`)
    .all(JSON.stringify(named), id) as ClaimRow[];
  const more = page * pageSize < total;
  return {
    ...fromQuestionRow(row),
    parent,
    children,
    relations,
    claims,
    claimsPage: { page, pageSize, total, next: more ? questionApiPath(id, { page: page + 1, pageSize }) : null },
    relatedClaims: relatedRows.map(toClaim),
  };
}
