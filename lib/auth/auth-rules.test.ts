import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";
import { isAlwaysPublic, parseReadAccess } from "./read-access";
import { roleAllows } from "./roles";
import { isSameOriginWrite, serverOriginOf } from "./same-origin";
import { secondsToWait, throttleSeconds } from "./sign-in-throttle";

describe("roles", () => {
  it.each([
    ["viewer", "viewer", true],
    ["viewer", "analyst", false],
    ["analyst", "analyst", true],
    ["analyst", "admin", false],
    ["admin", "analyst", true],
    ["admin", "admin", true],
    ["superuser", "viewer", false],
    [null, "viewer", false],
  ] as const)("%s may do what %s may: %s", (role, needed, allowed) => {
    expect(roleAllows(role, needed)).toBe(allowed);
  });
});

describe("cross-site writes", () => {
  const serverOrigin = "http://127.0.0.1:3000";
  it("accepts this site's own pages and tools that send no browser headers", () => {
    expect(isSameOriginWrite({ origin: serverOrigin, fetchSite: "same-origin", serverOrigin })).toBe(true);
    expect(isSameOriginWrite({ origin: null, fetchSite: null, serverOrigin })).toBe(true);
  });
  it("refuses another site, whichever header gives it away", () => {
    expect(isSameOriginWrite({ origin: "https://evil.example", fetchSite: null, serverOrigin })).toBe(false);
    expect(isSameOriginWrite({ origin: null, fetchSite: "cross-site", serverOrigin })).toBe(false);
    expect(isSameOriginWrite({ origin: serverOrigin, fetchSite: "same-site", serverOrigin })).toBe(false);
    expect(isSameOriginWrite({ origin: "null", fetchSite: null, serverOrigin })).toBe(false);
  });
  it("accepts an origin named as trusted (a proxy in front of the server)", () => {
    expect(isSameOriginWrite({ origin: "https://triangulate.example", fetchSite: "same-origin", serverOrigin }, ["https://triangulate.example"])).toBe(true);
  });
});

describe("failed sign-in throttle", () => {
  it("lets the first mistakes through, then doubles the wait up to a cap", () => {
    expect([0, 1, 2, 3, 4, 5, 30].map(throttleSeconds)).toEqual([0, 0, 0, 2, 4, 8, 900]);
  });
  it("counts the wait from the last failure", () => {
    const last = new Date("2026-01-01T00:00:00Z");
    expect(secondsToWait(4, last, new Date("2026-01-01T00:00:01Z"))).toBe(3);
    expect(secondsToWait(4, last, new Date("2026-01-01T00:00:05Z"))).toBe(0);
  });
});

describe("READ_ACCESS", () => {
  it("is open unless set, and a typo closes reading rather than opening it", () => {
    expect(parseReadAccess(undefined)).toBe("open");
    expect(parseReadAccess("")).toBe("open");
    expect(parseReadAccess("open")).toBe("open");
    expect(parseReadAccess("signed-in")).toBe("signed-in");
    expect(parseReadAccess("signedin")).toBe("signed-in");
  });
  it("keeps signing in reachable", () => {
    expect(isAlwaysPublic("/sign-in")).toBe(true);
    expect(isAlwaysPublic("/api/auth/sign-in/email")).toBe(true);
    expect(isAlwaysPublic("/claims")).toBe(false);
    expect(isAlwaysPublic("/api/claims")).toBe(false);
  });
});

describe("where to go after signing in", () => {
  it.each([
    ["/claims?source=gur", "/claims?source=gur"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    [undefined, "/"],
  ])("%s goes to %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe("the origin a request reached", () => {
  it("is the Host header's, or the proxy's forwarded host and scheme", () => {
    expect(serverOriginOf("http://localhost:3000/api/x", new Headers({ host: "127.0.0.1:3105" }))).toBe("http://127.0.0.1:3105");
    expect(serverOriginOf("http://localhost:3000/api/x", new Headers({ host: "10.0.0.2:3000", "x-forwarded-host": "tri.example.org", "x-forwarded-proto": "https" }))).toBe("https://tri.example.org");
  });
});
