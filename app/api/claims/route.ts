import type { NextRequest } from "next/server";
import { fetchClaimsPage } from "../../../db/read/claims";
import { searchParamsToRecord } from "../_lib/params";
import { readClaimFilters } from "../_lib/claim-params";
import { answering, jsonResponse } from "../_lib/responses";

export const dynamic = "force-dynamic";

/** The explorer's claims as JSON: same params, same rows, same order. */
export function GET(request: NextRequest) {
  return answering(async () => {
    const { filters, error } = await readClaimFilters(searchParamsToRecord(request.nextUrl.searchParams));
    if (error) return error;
    const { claims, total, page, pageSize } = await fetchClaimsPage(filters);
    return jsonResponse({ claims, total, page, pageSize });
  });
}
