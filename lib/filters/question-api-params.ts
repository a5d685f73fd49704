// How much of a question /api/questions and /api/questions/ID carry. A list
// is a summary (a few claims and relations a question, with their full
// counts); a question's own answer pages through every claim it holds.

/** The latest claims each question of a list carries; `claimCount` says how many it has. */
export const LIST_CLAIMS_PER_QUESTION = 5;
/** The relations of each type each question of a list carries; `relationCounts` has the full numbers. */
export const LIST_RELATIONS_PER_TYPE = 3;
/** A page of a question's own answer, unless `pageSize` says otherwise: as many claims as it held before it was paged. */
export const QUESTION_CLAIMS_PAGE_SIZE = 100;

/** The address of a question's own answer, or of one page of its claims. */
export function questionApiPath(id: string, page?: { page: number; pageSize: number }): string {
  const path = `/api/questions/${encodeURIComponent(id)}`;
  return page ? `${path}?${new URLSearchParams({ page: String(page.page), pageSize: String(page.pageSize) })}` : path;
}
