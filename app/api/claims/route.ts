import type { NextRequest } from "next/server";
import { fetchClaimsPage } from "../../../db/read/claims";
import { CLAIM_FILTER_HELP, parseClaimFiltersStrict } from "../../../lib/filters/claim-filters";
import { searchParamsToRecord } from "../_lib/params";
import { answering, invalidParameterFromZod, jsonResponse } from "../_lib/responses";

export const dynamic = "force-dynamic";

/** The explorer's claims as JSON: same params, same rows, same order. */
export function GET(request: NextRequest) {
  return answering(async () => {
    const params = searchParamsToRecord(request.nextUrl.searchParams);
    const parsed = parseClaimFiltersStrict(params);
    if (!parsed.success) return invalidParameterFromZod(parsed.error, CLAIM_FILTER_HELP, params);
    const { claims, total, page, pageSize } = await fetchClaimsPage(parsed.data);
    return jsonResponse({ claims, total, page, pageSize });
  });
}
