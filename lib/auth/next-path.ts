// Where to go after signing in: only a path on this site, so that a link
// cannot send someone elsewhere after they typed their password.
export function safeNextPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
