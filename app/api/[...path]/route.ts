// Any address under /api that no route serves: the API's JSON error, not the
// site's HTML "not found" page, so a program reading the API can tell why.
import { notFound } from "../_lib/responses";

function unknownAddress(request: Request) {
  const { pathname } = new URL(request.url);
  return notFound(`There is no API at ${pathname}. /api/openapi.json lists every address the API serves.`);
}

export const GET = unknownAddress;
export const POST = unknownAddress;
export const PUT = unknownAddress;
export const PATCH = unknownAddress;
export const DELETE = unknownAddress;
