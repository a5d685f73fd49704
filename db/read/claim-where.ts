import type { ClaimFilters, ClaimSort } from "../../lib/filters/claim-filters";
import type { Prisma } from "../generated/client";

/** The one translation of explorer filters into a Prisma query: pages, the API and exports share it. */
export function claimWhere(f: ClaimFilters): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (f.source.length) and.push({ sourceId: { in: f.source } });
  if (f.question) and.push({ questionId: f.question });
  if (f.category) and.push({ category: f.category });
  if (f.outlet) and.push({ outlet: f.outlet });
  if (f.article) and.push({ articleId: f.article });
  // Dates are ISO strings of varying precision: "to=2024-10" must keep 2024-10-31.
  if (f.from) and.push({ dateForSort: { gte: f.from } });
  if (f.to) and.push({ dateForSort: { lte: `${f.to}~` } });
  if (f.min !== undefined) and.push({ OR: [{ valueHigh: { gte: f.min } }, { valueHigh: null, valueBest: { gte: f.min } }] });
  if (f.max !== undefined) and.push({ OR: [{ valueLow: { lte: f.max } }, { valueLow: null, valueBest: { lte: f.max } }] });
  if (f.q) and.push({ OR: [{ quote: { contains: f.q } }, { measure: { contains: f.q } }, { sourceName: { contains: f.q } }] });
  return and.length ? { AND: and } : {};
}

// SQLite already puts nulls last in a descending order; saying so makes Prisma
// sort by a CASE expression that no index serves. Ties break in the same
// direction, so that one backward walk of an index gives the whole order.
const ORDER: Record<ClaimSort, Prisma.ClaimOrderByWithRelationInput[]> = {
  "-date": [{ dateForSort: "desc" }, { id: "desc" }],
  date: [{ dateForSort: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  "-value": [{ valueBest: "desc" }, { id: "desc" }],
  value: [{ valueBest: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  source: [{ sourceName: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  outlet: [{ outlet: { sort: "asc", nulls: "last" } }, { id: "asc" }],
};

export function claimOrder(sort: ClaimSort): Prisma.ClaimOrderByWithRelationInput[] {
  return ORDER[sort];
}
