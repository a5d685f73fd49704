import { getCurrentUser } from "@/auth/session";
import { roleAllows } from "@/lib/auth/roles";

/** Whether the signed-in account may review: the controls show only then (the server checks every write again). */
export async function currentUserCanReview(): Promise<boolean> {
  return roleAllows((await getCurrentUser())?.role, "analyst");
}
