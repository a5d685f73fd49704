// The one mapping between the fields an analyst reviews (lib/review) and the
// columns of a Claim row.
import type { ClaimReviewState } from "../lib/export/columns";
import type { ClaimFields, RejectReason, ReviewStatus } from "../lib/review/decisions";

/** The Claim columns that hold a claim's reviewable fields. */
export const FIELD_COLUMNS = [
  "valueLow", "valueBest", "valueHigh", "qualifier", "unit", "category", "measure", "subject",
  "scopePlace", "scopeGroup", "scopeState", "sourceId", "sourceName", "sourcePerson", "asOf", "asOfPrecision", "stance",
] as const;

export type FieldColumns = Record<(typeof FIELD_COLUMNS)[number], string | number | null>;

export const FIELD_COLUMNS_SQL = FIELD_COLUMNS.map((c) => `c."${c}"`).join(", ");

/** A row's source in the contract's shape: the person who spoke for it only when the article names one. */
export function sourceOfColumns(row: Pick<FieldColumns, "sourceId" | "sourceName" | "sourcePerson">): ClaimFields["source"] {
  if (!row.sourceId) return null;
  const source = { id: String(row.sourceId), name: String(row.sourceName ?? row.sourceId) };
  return row.sourcePerson ? { ...source, person: String(row.sourcePerson) } : source;
}

export function fieldsFromColumns(row: FieldColumns): ClaimFields {
  return {
    value: { low: row.valueLow as number | null, best: row.valueBest as number | null, high: row.valueHigh as number | null },
    qualifier: row.qualifier as ClaimFields["qualifier"],
    unit: row.unit as string,
    category: row.category as ClaimFields["category"],
    measure: row.measure as string,
    subject: row.subject as string | null,
    scope: { place: row.scopePlace as string | null, group: row.scopeGroup as string | null, state: row.scopeState as string | null },
    source: sourceOfColumns(row),
    asOf: row.asOf as string | null,
    asOfPrecision: row.asOfPrecision as ClaimFields["asOfPrecision"],
    stance: row.stance as ClaimFields["stance"],
  };
}

export function fieldsToColumns(fields: ClaimFields): FieldColumns {
  return {
    valueLow: fields.value.low,
    valueBest: fields.value.best,
    valueHigh: fields.value.high,
    qualifier: fields.qualifier,
    unit: fields.unit,
    category: fields.category,
    measure: fields.measure,
    subject: fields.subject,
    scopePlace: fields.scope.place,
    scopeGroup: fields.scope.group,
    scopeState: fields.scope.state,
    sourceId: fields.source?.id ?? null,
    sourceName: fields.source?.name ?? null,
    // A source an analyst picked names no person: the machine's person goes with the machine's source.
    sourcePerson: fields.source?.person ?? null,
    asOf: fields.asOf,
    asOfPrecision: fields.asOfPrecision,
    stance: fields.stance,
  };
}

/** The machine's fields of a claim: kept aside when a decision changed the row, else the row itself. */
export function machineFieldsOf(row: FieldColumns & { machine: string | null }): ClaimFields {
  return row.machine ? (JSON.parse(row.machine) as ClaimFields) : fieldsFromColumns(row);
}

/** A claim's review as the API and exports show it: its status and, when a decision changed it, the machine's figure and source. */
export function reviewOfRow(row: { reviewStatus: string; rejectReason: string | null; machine: string | null }): ClaimReviewState {
  const machine = row.machine ? (JSON.parse(row.machine) as ClaimFields) : null;
  return {
    status: row.reviewStatus as ReviewStatus,
    rejectReason: row.rejectReason as RejectReason | null,
    original: machine ? { value: machine.value, source: machine.source } : null,
  };
}
