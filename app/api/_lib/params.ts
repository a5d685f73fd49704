import type { SearchParamsRecord } from "../../../lib/filters/claim-filters";

/** Search params as zod reads them: a key given once is a string, a repeated key an array. */
export function searchParamsToRecord(params: URLSearchParams): SearchParamsRecord {
  const record: SearchParamsRecord = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}

/** The record without the given keys, for endpoints that ignore some shared params. */
export function withoutKeys(record: SearchParamsRecord, keys: readonly string[]): SearchParamsRecord {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
