// Every review write goes through here: the account must be an analyst or an
// admin (checked on the server, 401/403 otherwise), the request must come from
// this site, the body must pass its zod schema (400 naming the problem), and
// a decision the database cannot take answers 404 or 400 in words.
import type { z } from "zod";
import { authorizeRequest } from "@/auth/session";
import { openSqlite, type SqliteDatabase } from "@/db/sqlite";
import { ReviewError, type Reviewer } from "@/db/write/review-decisions";
import { answering, jsonResponse } from "../../_lib/responses";

async function readJson(request: Request): Promise<{ body: unknown } | { error: Response }> {
  try {
    return { body: await request.json() };
  } catch {
    return { error: jsonResponse({ error: { code: "invalid_body", message: "The request body must be JSON." } }, 400) };
  }
}

function invalidBody(error: z.ZodError): Response {
  const issue = error.issues[0];
  const field = issue?.path.join(".") || "body";
  return jsonResponse({ error: { code: "invalid_body", parameter: field, message: `Cannot use ${field}: ${issue?.message ?? "invalid"}.` } }, 400);
}

export function reviewWrite<S extends z.ZodType>(
  request: Request,
  schema: S,
  extra: Record<string, unknown>,
  write: (db: SqliteDatabase, reviewer: Reviewer, input: z.infer<S>) => unknown,
): Promise<Response> {
  return answering(async () => {
    const authorized = await authorizeRequest(request, "analyst");
    if (authorized.response) return authorized.response;
    const read = await readJson(request);
    if ("error" in read) return read.error;
    const parsed = schema.safeParse(typeof read.body === "object" && read.body !== null ? { ...read.body, ...extra } : read.body);
    if (!parsed.success) return invalidBody(parsed.error);
    const reviewer: Reviewer = { id: authorized.user.id, name: authorized.user.name || authorized.user.email };
    const db = openSqlite();
    try {
      return jsonResponse(write(db, reviewer, parsed.data));
    } catch (error) {
      if (error instanceof ReviewError) return jsonResponse({ error: { code: error.code, message: error.message } }, error.code === "not_found" ? 404 : 400);
      throw error;
    } finally {
      db.close();
    }
  });
}

/** A path segment as a positive id, or null. */
export const idParam = (value: string) => (/^\d{1,12}$/.test(value) && Number(value) > 0 ? Number(value) : null);
