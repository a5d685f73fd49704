// The server-side questions every write asks: who is signed in, and may they do
// this? Server actions and pages call getCurrentUser / requireRole; route
// handlers call authorizeRequest, which also refuses cross-site requests.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { roleAllows, roleSchema, type Role } from "../lib/auth/roles";
import { isSameOriginWrite, serverOriginOf } from "../lib/auth/same-origin";
import { jsonResponse } from "../app/api/_lib/responses";
import { auth } from "./server";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Thrown by requireRole: `status` is 401 when nobody is signed in, 403 when the role is too low. */
export class AuthorizationError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = "AuthorizationError";
  }
}

async function userFromHeaders(requestHeaders: Headers): Promise<CurrentUser | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const role = roleSchema.safeParse(session.user.role);
  return { id: session.user.id, email: session.user.email, name: session.user.name, role: role.success ? role.data : "viewer" };
}

/** The signed-in account of the current request, or null. Read fresh from the database: a changed role counts at once. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return userFromHeaders(await headers());
}

function refusal(user: CurrentUser | null, needed: Role): AuthorizationError | null {
  if (!user) return new AuthorizationError(401, `Sign in with an account that has the ${needed} role.`);
  if (!roleAllows(user.role, needed)) return new AuthorizationError(403, `This needs the ${needed} role; ${user.email} is a ${user.role}.`);
  return null;
}

/** For server actions: the current user when their role allows `needed`, else an AuthorizationError. */
export async function requireRole(needed: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  const refused = refusal(user, needed);
  if (refused) throw refused;
  return user!;
}

/** For pages: signed-out visitors and too-low roles go to the sign-in page, which says what is needed. */
export async function requirePageRole(needed: Role, path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!refusal(user, needed)) return user!;
  redirect(`/sign-in?${new URLSearchParams({ next: path, need: needed })}`);
}

function trustedOrigins(): string[] {
  return (process.env.TRUSTED_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean);
}

/**
 * For route handlers that write: `{ user }` when the request comes from this
 * site and the account's role allows `needed`, else `{ response }` (403 for a
 * cross-site request or a low role, 401 when signed out) to return as is.
 */
export async function authorizeRequest(request: Request, needed: Role): Promise<{ user: CurrentUser; response?: never } | { user?: never; response: Response }> {
  const sameOrigin = isSameOriginWrite(
    { origin: request.headers.get("origin"), fetchSite: request.headers.get("sec-fetch-site"), serverOrigin: serverOriginOf(request.url, request.headers) },
    trustedOrigins(),
  );
  if (!sameOrigin) {
    return { response: jsonResponse({ error: { code: "cross_site", message: "Writes are accepted only from this site's own pages." } }, 403) };
  }
  const user = await userFromHeaders(request.headers);
  const refused = refusal(user, needed);
  if (refused) {
    return { response: jsonResponse({ error: { code: refused.status === 401 ? "unauthenticated" : "forbidden", message: refused.message } }, refused.status) };
  }
  return { user: user! };
}
