import { fetchSourceList } from "../../../db/read/filter-options";
import { answering, jsonResponse } from "../_lib/responses";

export const dynamic = "force-dynamic";

/** The agencies the articles credit with figures: the ids `source=` takes, with their claim counts. */
export function GET() {
  return answering(async () => jsonResponse({ sources: await fetchSourceList() }));
}
