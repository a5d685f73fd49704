// READ_ACCESS=signed-in closes the whole dashboard to visitors without an
// account: pages send them to sign in, the API answers 401. With the default
// (open) this lets every request through; writes are checked where they happen.
import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/auth/server";
import { isAlwaysPublic, parseReadAccess } from "@/lib/auth/read-access";

export async function proxy(request: NextRequest) {
  if (parseReadAccess(process.env.READ_ACCESS) === "open" || isAlwaysPublic(request.nextUrl.pathname)) return NextResponse.next();
  const session = await auth.api.getSession({ headers: request.headers });
  if (session) return NextResponse.next();
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "unauthenticated", message: "This server needs you to sign in to read it." } }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Static files need no account: the sign-in page needs its own CSS and scripts.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
