// The one Better Auth instance: e-mail and password accounts stored through
// Prisma in the app's own SQLite file, scrypt password hashes (the library's
// default), sessions that expire, no self sign-up (an admin creates accounts),
// and failed sign-ins slowed per address on top of the per-IP rate limit.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "../db/client";
import { clearSignInFailures, findSignInFailures, recordSignInFailure } from "../db/write/sign-in-failures";
import { serverOriginOf } from "../lib/auth/same-origin";
import { secondsToWait } from "../lib/auth/sign-in-throttle";
import { authSecret } from "./secret";

const SIGN_IN_PATH = "/sign-in/email";
const DAY_SECONDS = 24 * 60 * 60;

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : null;
}

/** Extra origins a team server is reached at behind a proxy, comma-separated in TRUSTED_ORIGINS. */
function trustedOrigins(request?: Request): string[] {
  const extra = (process.env.TRUSTED_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean);
  return request ? [serverOriginOf(request.url, request.headers), ...extra] : extra;
}

/**
 * The library's messages, less its advice to set a base URL: without one the
 * origin is the request's own, which is what a laptop install reached as
 * localhost or by its address needs (a team server sets BETTER_AUTH_URL).
 */
function log(level: "debug" | "info" | "warn" | "error", message: string, ...args: unknown[]) {
  if (message.includes("Base URL is not set")) return;
  (level === "error" ? console.error : level === "warn" ? console.warn : console.log)(`[auth] ${message}`, ...args);
}

export const auth = betterAuth({
  appName: "Triangulate",
  secret: authSecret(),
  baseURL: process.env.BETTER_AUTH_URL,
  trustedOrigins,
  database: prismaAdapter(prisma, { provider: "sqlite" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
  user: {
    additionalFields: {
      // Never taken from a request: only the command line and the admin page set it.
      role: { type: "string", required: false, defaultValue: "viewer", input: false },
    },
  },
  session: { expiresIn: 7 * DAY_SECONDS, updateAge: DAY_SECONDS },
  rateLimit: {
    enabled: process.env.AUTH_RATE_LIMIT !== "off",
    window: 60,
    max: 100,
    // Sign-ins a minute from one address; the browser tests, all from 127.0.0.1, raise it.
    customRules: { [SIGN_IN_PATH]: { window: 60, max: Number(process.env.AUTH_SIGN_INS_PER_MINUTE) || 20 } },
  },
  telemetry: { enabled: false },
  logger: { level: "warn", log },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = emailOf(ctx.body);
      const failures = email ? await findSignInFailures(email) : null;
      const wait = failures ? secondsToWait(failures.count, failures.lastFailure, new Date()) : 0;
      if (wait > 0) {
        throw new APIError("TOO_MANY_REQUESTS", { message: `Too many failed sign-ins for this address: try again in ${wait} s.`, code: "SIGN_IN_THROTTLED" }, { "Retry-After": String(wait) });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = emailOf(ctx.body);
      if (!email) return;
      if (isAPIError(ctx.context.returned)) await recordSignInFailure(email);
      else await clearSignInFailures(email);
    }),
  },
  // Last, so that server actions that sign in or out can set the cookie.
  plugins: [nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;
