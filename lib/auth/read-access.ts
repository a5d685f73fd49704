// READ_ACCESS decides whether reading needs an account: open by default, so one
// analyst on a laptop sees the dashboard at once; "signed-in" for a team server.
import { z } from "zod";

export const READ_ACCESS_MODES = ["open", "signed-in"] as const;
export type ReadAccess = (typeof READ_ACCESS_MODES)[number];

const readAccessSchema = z.enum(READ_ACCESS_MODES);

/** Unset means open; a value other than the two known ones closes reading, since a typo must not open a team server. */
export function parseReadAccess(value: string | undefined): ReadAccess {
  if (value === undefined || value.trim() === "") return "open";
  const parsed = readAccessSchema.safeParse(value.trim());
  return parsed.success ? parsed.data : "signed-in";
}

/** Pages and routes that stay reachable when reading is closed: signing in, and the sign-in API itself. */
export function isAlwaysPublic(pathname: string): boolean {
  return pathname === "/sign-in" || pathname.startsWith("/api/auth/") || pathname.startsWith("/_next/") || pathname === "/favicon.ico";
}
