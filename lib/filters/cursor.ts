// The API's keyset cursor: where the next page starts (the sort value and id
// of the last row given), in an opaque token tied to its sort, so a cursor
// from one order is refused in another instead of skipping rows.
import { z } from "zod";
import { CLAIM_SORTS, type ClaimSort } from "./claim-sorts";

export interface CursorPosition {
  value: string | number | null;
  id: number;
}

const tokenSchema = z.object({
  s: z.enum(CLAIM_SORTS),
  v: z.union([z.string(), z.number(), z.null()]),
  i: z.number().int().positive(),
});

export function encodeCursor(sort: ClaimSort, position: CursorPosition): string {
  return Buffer.from(JSON.stringify({ s: sort, v: position.value, i: position.id })).toString("base64url");
}

/** The position a cursor names for this sort, or null when it is not one this API gave for it. */
export function decodeCursor(token: string, sort: ClaimSort): CursorPosition | null {
  try {
    const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.s !== sort) return null;
    return { value: parsed.data.v, id: parsed.data.i };
  } catch {
    return null;
  }
}

export const CURSOR_HELP = "the `next` link's cursor, from an answer with the same sort";
