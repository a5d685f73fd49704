// The API's error answers: a code a program can test, a message a person can
// read, and for a bad parameter its name and what it accepts.
import { NextResponse } from "next/server";
import type { z } from "zod";

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonResponse(body: unknown, status = 200) {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

export function invalidParameter(parameter: string, message: string, allowed?: string) {
  return jsonResponse({ error: { code: "invalid_parameter", parameter, message, ...(allowed ? { allowed } : {}) } }, 400);
}

/** The first problem zod found, in words: `Cannot use sort="badcolumn": expected one of -date, date, …`. */
export function invalidParameterFromZod(error: z.ZodError, help: Record<string, string>, params: Record<string, unknown>) {
  const issue = error.issues[0];
  const parameter = String(issue?.path[0] ?? "query");
  const given = JSON.stringify(params[parameter] ?? null).slice(0, 100);
  const expected = help[parameter] ?? issue?.message ?? "a valid value";
  return invalidParameter(parameter, `Cannot use ${parameter}=${given}: expected ${expected}.`, help[parameter]);
}

export function notFound(message: string) {
  return jsonResponse({ error: { code: "not_found", message } }, 404);
}

/** Runs a handler; an unexpected error is logged here and answered with a plain 500, never a stack trace. */
export async function answering(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error("API request failed:", error);
    return jsonResponse({ error: { code: "internal_error", message: "Something went wrong on the server. Please try again." } }, 500);
  }
}
