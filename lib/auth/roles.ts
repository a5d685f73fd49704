// Who may do what. Each role includes the ones before it: an admin can do all
// an analyst can, an analyst all a viewer can.
import { z } from "zod";

export const ROLES = ["viewer", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` });

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

/** True when an account with `role` may do what `needed` may. An unknown stored role allows nothing beyond reading. */
export function roleAllows(role: string | null | undefined, needed: Role): boolean {
  const parsed = roleSchema.safeParse(role);
  return parsed.success && RANK[parsed.data] >= RANK[needed];
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "reads the dashboard",
  analyst: "also adds articles and reviews claims",
  admin: "also manages accounts, deletes articles and re-extracts",
};
