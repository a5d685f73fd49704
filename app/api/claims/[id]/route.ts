import type { NextRequest } from "next/server";
import { z } from "zod";
import { fetchClaim } from "../../../../db/read/claims";
import { citationText } from "../../../../lib/citation/claim-citation";
import { answering, jsonResponse, notFound } from "../../_lib/responses";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive();

interface Context {
  params: Promise<{ id: string }>;
}

/** One claim in the contract's shape, its article, and its citation as text to paste. */
export function GET(request: NextRequest, { params }: Context) {
  return answering(async () => {
    const { id } = await params;
    const parsed = idSchema.safeParse(id);
    const detail = parsed.success ? fetchClaim(parsed.data) : null;
    if (!detail) return notFound(`No claim with id "${id}". Claim ids are whole numbers, as /api/claims gives them.`);
    const link = new URL(`/claims/${detail.claim.id}`, request.nextUrl.origin).toString();
    return jsonResponse({ claim: detail.claim, article: detail.article, link, citation: citationText(detail.claim, detail.article, link) });
  });
}
