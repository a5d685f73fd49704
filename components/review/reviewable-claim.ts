// What the review controls need of a claim: plain data for client components.
import { fieldsFromColumns, type FieldColumns } from "@/db/review-row";
import type { StoredClaim } from "@/lib/export/columns";
import type { ClaimFields, RejectReason, ReviewStatus } from "@/lib/review/decisions";

export interface ReviewableClaim {
  id: number;
  status: ReviewStatus;
  rejectReason: RejectReason | null;
  fields: ClaimFields;
}

export interface SourceChoice {
  id: string;
  name: string;
}

export function toReviewableClaim(row: FieldColumns & { id: number; reviewStatus: string; rejectReason: string | null }): ReviewableClaim {
  return { id: row.id, status: row.reviewStatus as ReviewStatus, rejectReason: row.rejectReason as RejectReason | null, fields: fieldsFromColumns(row) };
}

/** From a claim in the contract's shape (the explorer's and the API's). */
export function reviewableFromClaim(c: StoredClaim): ReviewableClaim {
  const { value, qualifier, unit, category, measure, scope, subject, source, asOf, asOfPrecision, stance } = c;
  return { id: c.id, status: c.review.status, rejectReason: c.review.rejectReason, fields: { value, qualifier, unit, category, measure, scope, subject, source, asOf, asOfPrecision, stance } };
}
