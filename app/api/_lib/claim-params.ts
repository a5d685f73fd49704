// The explorer's filters read strictly, as every endpoint that selects claims
// reads them: a malformed value or an agency id no source has is a 400 that
// names the parameter.
import { fetchSourceIds } from "../../../db/read/filter-options";
import { CLAIM_FILTER_HELP, parseClaimFiltersStrict, withKnownSources, type ClaimFilters, type SearchParamsRecord } from "../../../lib/filters/claim-filters";
import { invalidParameter, invalidParameterFromZod } from "./responses";

export type ReadFilters = { filters: ClaimFilters; error?: undefined } | { filters?: undefined; error: Response };

export async function readClaimFilters(params: SearchParamsRecord, help: Record<string, string> = CLAIM_FILTER_HELP): Promise<ReadFilters> {
  const parsed = parseClaimFiltersStrict(params);
  if (!parsed.success) return { error: invalidParameterFromZod(parsed.error, help, params) };
  const known = await fetchSourceIds();
  const { unknown } = withKnownSources(parsed.data, known);
  if (unknown.length) {
    const message = `Cannot use source=${JSON.stringify(unknown[0])}: no agency has that id. Known ids: ${[...known].sort().join(", ")} (see /api/sources).`;
    return { error: invalidParameter("source", message, help.source) };
  }
  return { filters: parsed.data };
}
