// Better Auth answers its errors with its own body ({ message, code? }) and
// its rate limit with X-Retry-After alone. Under /api/ every error is the
// API's JSON error, so the sign-in routes' answers are rewritten here: the
// same status, { error: { code, message } }, and Retry-After on a 429.
import { jsonResponse } from "./responses";

/** How long a rate-limited client waits when Better Auth names no time: its window. */
const DEFAULT_RETRY_SECONDS = 60;

interface LibraryError {
  message?: unknown;
  code?: unknown;
}

function retryAfterSeconds(headers: Headers): number {
  const given = Number(headers.get("Retry-After") ?? headers.get("X-Retry-After"));
  return Number.isInteger(given) && given > 0 ? given : DEFAULT_RETRY_SECONDS;
}

/** INVALID_EMAIL_OR_PASSWORD → invalid_email_or_password, as the API's other codes are written. */
function apiCode(libraryCode: unknown, status: number): string {
  if (typeof libraryCode === "string" && /^[A-Z0-9_]+$/.test(libraryCode)) return libraryCode.toLowerCase();
  if (status === 429) return "too_many_requests";
  return status >= 500 ? "internal_error" : "bad_request";
}

function messageFor(status: number, body: LibraryError | null, waitSeconds: number): string {
  if (status === 429 && body?.code !== "SIGN_IN_THROTTLED") return `Too many requests from this address to the sign-in service: try again in ${waitSeconds} s.`;
  if (typeof body?.message === "string" && body.message) return body.message;
  return status >= 500 ? "Something went wrong on the server. Please try again." : "The sign-in service could not take this request.";
}

/** The API's JSON error for one of Better Auth's error answers; any other answer as it came. */
export async function asApiError(response: Response): Promise<Response> {
  if (response.status < 400) return response;
  const body = (await response.clone().json().catch(() => null)) as LibraryError | null;
  const wait = retryAfterSeconds(response.headers);
  const answer = jsonResponse({ error: { code: apiCode(body?.code, response.status), message: messageFor(response.status, body, wait) } }, response.status);
  // The library's other headers (a cookie it clears, Allow) still go out.
  for (const [name, value] of response.headers) if (!/^(content-|x-retry-after$)/i.test(name)) answer.headers.append(name, value);
  if (response.status === 429) answer.headers.set("Retry-After", String(wait));
  return answer;
}
