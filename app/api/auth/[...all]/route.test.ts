// The sign-in routes' refusals read as every other API error: the rate limit
// and the failed-sign-in throttle answer 429 with { error: { code, message } }
// saying when to retry, and a Retry-After header.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../../../../test/temp-database";
import { runScript } from "../../../../test/run-cli";
import { hasSessionCookie } from "../../../../scripts/server/response-cache.mjs";
import type { GET as Get, POST as Post } from "./route";

let database: TempDatabase;
let GET: typeof Get;
let POST: typeof Post;
const ORIGIN = "http://127.0.0.1:3000";
const SIGN_INS_PER_MINUTE = 3;

function signIn(email: string, password: string, ip: string) {
  return POST(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

beforeAll(async () => {
  database = await createTempDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SIGN_INS_PER_MINUTE = String(SIGN_INS_PER_MINUTE);
  process.env.AUTH_RATE_LIMIT = "on";
  for (const email of ["someone@example.org", "other@example.org"]) {
    const made = runScript("scripts/user.ts", ["add", email, "--role", "viewer", "--password", "a-good-password"], database.url);
    expect(made.code, made.stderr).toBe(0);
  }
  ({ GET, POST } = await import("./route"));
});

afterAll(() => database.remove());

async function expectRetryLater(response: Response, code: string) {
  expect(response.status).toBe(429);
  const wait = Number(response.headers.get("Retry-After"));
  expect(wait).toBeGreaterThan(0);
  const body = (await response.json()) as { error?: { code?: string; message?: string } };
  expect(body.error?.code).toBe(code);
  expect(body.error?.message).toContain(`try again in ${wait} s`);
}

describe("/api/auth refusals", () => {
  it("past the sign-ins an address may try a minute, answers 429 with the JSON error and Retry-After", async () => {
    const answers: Response[] = [];
    for (let i = 0; i <= SIGN_INS_PER_MINUTE; i++) answers.push(await signIn(`nobody${i}@example.org`, "wrong-password-1", "203.0.113.7"));
    expect(answers.slice(0, SIGN_INS_PER_MINUTE).map((r) => r.status)).not.toContain(429);
    await expectRetryLater(answers.at(-1)!, "too_many_requests");
  });

  it("a wrong password answers the JSON error too", async () => {
    const response = await signIn("someone@example.org", "wrong-password-1", "203.0.113.8");
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    expect(body.error).toEqual({ code: "invalid_email_or_password", message: expect.any(String) });
  });

  it("the failed-sign-in throttle on one address answers 429 with the JSON error and Retry-After", async () => {
    let last: Response | undefined;
    for (let i = 0; i < 8 && last?.status !== 429; i++) last = await signIn("someone@example.org", "wrong-password-1", `198.51.100.${i + 1}`);
    await expectRetryLater(last!, "sign_in_throttled");
  });

  it("a good sign-in sets cookies the server's response cache knows as a session's", async () => {
    const response = await signIn("other@example.org", "a-good-password", "192.0.2.9");
    expect(response.status).toBe(200);
    const names = response.headers.getSetCookie().map((c) => c.split("=", 1)[0]!);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(hasSessionCookie(`${name}=x`), name).toBe(true);
  });

  it("lets a good answer through untouched", async () => {
    const response = await GET(new Request(`${ORIGIN}/api/auth/ok`, { headers: { "x-forwarded-for": "192.0.2.1" } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
