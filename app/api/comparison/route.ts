import type { NextRequest } from "next/server";
import { fetchCrossComparison } from "../../../db/read/comparison";
import { crossTableData } from "../../../lib/comparison/cross-question";
import { COMPARISON_FILTER_HELP, describeComparisonFilters, parseComparisonFiltersStrict } from "../../../lib/filters/comparison-filters";
import { comparisonFormat, comparisonResponse } from "../_lib/comparison-response";
import { searchParamsToRecord, withoutKeys } from "../_lib/params";
import { answering, invalidParameterFromZod } from "../_lib/responses";

export const dynamic = "force-dynamic";

/** The sources page's table: sources as rows, questions as columns, under its filters. JSON by default, ?format=csv|xlsx|md|html. */
export function GET(request: NextRequest) {
  return answering(async () => {
    const record = searchParamsToRecord(request.nextUrl.searchParams);
    const chosen = comparisonFormat(record.format);
    if ("error" in chosen) return chosen.error;
    const filters = parseComparisonFiltersStrict(withoutKeys(record, ["format"]));
    if (!filters.success) return invalidParameterFromZod(filters.error, COMPARISON_FILTER_HELP, record);
    const now = new Date();
    const { table, articleCount, sourceNames } = await fetchCrossComparison(filters.data);
    const described = describeComparisonFilters(filters.data, sourceNames);
    const data = crossTableData(table, { filters: described, articleCount, exportedAt: now });
    return comparisonResponse(data, chosen.format, `sources ${filters.data.source.join(" ")} ${filters.data.category ?? ""} ${filters.data.from ?? ""} ${filters.data.to ?? ""}`, now);
  });
}
