import { openApiDocument } from "../_lib/openapi";
import { jsonResponse } from "../_lib/responses";

export const dynamic = "force-static";

/** The API's OpenAPI 3.1 description, built from the zod schemas that validate it. */
export function GET() {
  return jsonResponse(openApiDocument());
}
