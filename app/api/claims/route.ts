import type { NextRequest } from "next/server";
import { z } from "zod";
import { fetchClaimsPage } from "../../../db/read/claims";
import { fetchFacetCounts } from "../../../db/read/facets";
import { claimFiltersToSearchParams } from "../../../lib/filters/claim-filters";
import { CURSOR_HELP, decodeCursor, encodeCursor } from "../../../lib/filters/cursor";
import { FACETS } from "../../../lib/filters/facets";
import { searchParamsToRecord, withoutKeys } from "../_lib/params";
import { readClaimFilters } from "../_lib/claim-params";
import { answering, invalidParameter, jsonResponse } from "../_lib/responses";

export const dynamic = "force-dynamic";

const facetsSchema = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(FACETS)));
const FACET_HELP = `one of ${FACETS.join(", ")} (repeatable): counts of each option under the other filters`;

/**
 * The explorer's claims as JSON: same params, same rows, same order. `next`
 * is the link to the following rows by keyset (a cursor, not an offset), so
 * a walk of the `next` links gives every row once even while an ingest adds
 * claims; `total` is exact up to 10,000 claims, and past them the count stops
 * (`totalIsLowerBound`: at least this many match); `facet` adds counts per option (`facetSample` says when they count
 * only the latest matching claims).
 */
export function GET(request: NextRequest) {
  return answering(async () => {
    const record = searchParamsToRecord(request.nextUrl.searchParams);
    const facets = facetsSchema.safeParse(record.facet);
    if (!facets.success) return invalidParameter("facet", `Cannot use facet=${JSON.stringify(record.facet).slice(0, 100)}: expected ${FACET_HELP}.`, FACET_HELP);
    const { filters, error } = await readClaimFilters(withoutKeys(record, ["cursor", "facet"]));
    if (error) return error;
    let after;
    if (record.cursor !== undefined) {
      after = typeof record.cursor === "string" ? decodeCursor(record.cursor, filters.sort) : null;
      if (!after) return invalidParameter("cursor", `Cannot use cursor=${JSON.stringify(record.cursor).slice(0, 100)}: expected ${CURSOR_HELP}.`, CURSOR_HELP);
    }
    const { claims, total, totalIsLowerBound, page, pageSize, next } = await fetchClaimsPage(filters, after);
    const facetCounts = facets.data.length ? fetchFacetCounts(filters, facets.data) : null;
    const nextParams = claimFiltersToSearchParams({ ...filters, page: 1 });
    if (next) nextParams.set("cursor", encodeCursor(filters.sort, next));
    return jsonResponse({
      claims,
      total,
      totalIsLowerBound,
      page,
      pageSize,
      next: next ? `/api/claims?${nextParams.toString()}` : null,
      ...(facetCounts ? { facets: facetCounts.counts, facetSample: facetCounts.sample } : {}),
    });
  });
}
