// The cross-site request check for route handlers that write: a browser always
// sends Origin on a POST or DELETE, and a page on another site cannot forge it.

export interface RequestOrigin {
  /** The Origin header, if any. */
  origin: string | null;
  /** The Sec-Fetch-Site header, if any. */
  fetchSite: string | null;
  /** The origin the server was reached at (scheme and host of the request URL). */
  serverOrigin: string;
}

/**
 * A write is accepted when it names this server as its origin. A request with
 * neither header comes from a tool such as curl, not from a browser page, so
 * no other site can have made it.
 */
export function isSameOriginWrite({ origin, fetchSite, serverOrigin }: RequestOrigin, trusted: readonly string[] = []): boolean {
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  if (origin === null) return fetchSite !== "cross-site";
  return origin === serverOrigin || trusted.includes(origin);
}

/**
 * The origin the browser used to reach this server: the Host header (or the
 * proxy's X-Forwarded-Host) with the scheme, as Next.js's own server action
 * check reads it. A cross-site page cannot set either header on its request.
 */
export function serverOriginOf(requestUrl: string, headers: Headers): string {
  const url = new URL(requestUrl);
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || url.host;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}
