import type { AddressInfo } from "node:net";
import http, { type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGuardedServer } from "./http-server.mjs";
import {
  cacheKey,
  createResponseCache,
  hasSessionCookie,
  requestIsCacheable,
  requestWantsFresh,
  responseIsCacheable,
} from "./response-cache.mjs";
import { ENTRY_MAX_BYTES } from "./answer-store.mjs";

describe("which requests the cache may answer", () => {
  const anonymous = { host: "x", accept: "text/html" };
  it("takes anonymous GET and HEAD of pages and API reads", () => {
    for (const url of ["/", "/claims?q=soldats", "/questions/abc", "/api/claims?pageSize=50", "/api/questions"]) {
      expect(requestIsCacheable("GET", url, anonymous), url).toBe(true);
      expect(requestIsCacheable("HEAD", url, anonymous), url).toBe(true);
    }
  });

  it("leaves writes, sign-in, downloads and static files to the app", () => {
    expect(requestIsCacheable("POST", "/claims", anonymous)).toBe(false);
    for (const url of ["/api/auth/get-session", "/api/review/claims/1", "/api/export?format=csv", "/api/questions/q1/comparison?format=csv", "/_next/static/chunks/a.js"]) {
      expect(requestIsCacheable("GET", url, anonymous), url).toBe(false);
    }
  });

  it("never takes a request that carries a session cookie or credentials", () => {
    for (const cookie of ["better-auth.session_token=abc", "theme=dark; __Secure-better-auth.session_token=abc", "better-auth.session_data=xyz", "__Host-better-auth-session_token=1"]) {
      expect(hasSessionCookie(cookie), cookie).toBe(true);
      expect(requestIsCacheable("GET", "/", { ...anonymous, cookie }), cookie).toBe(false);
    }
    expect(requestIsCacheable("GET", "/api/claims", { ...anonymous, authorization: "Bearer x" })).toBe(false);
    expect(requestIsCacheable("GET", "/", { ...anonymous, cookie: "theme=dark; lang=fr" })).toBe(true);
  });
});

describe("a request for a fresh answer", () => {
  it("is one whose Cache-Control says no-cache or no-store, in any case and among other directives", () => {
    for (const value of ["no-cache", "No-Cache", "max-age=0, no-cache", "no-store", "private,no-cache"]) expect(requestWantsFresh({ "cache-control": value }), value).toBe(true);
    for (const value of [undefined, "", "max-age=0", "no-transform", "no-cache-please", "must-revalidate"]) expect(requestWantsFresh({ "cache-control": value }), String(value)).toBe(false);
  });
});

describe("the cache key", () => {
  const base = { host: "127.0.0.1:3000", accept: "text/html" };
  it("changes with the data's revision, the address and every header that changes Next's answer", () => {
    const key = cacheKey("1:5", "/claims", base);
    expect(cacheKey("1:6", "/claims", base)).not.toBe(key);
    expect(cacheKey("1:5", "/claims?page=2", base)).not.toBe(key);
    for (const header of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "accept-encoding", "x-forwarded-host"]) {
      expect(cacheKey("1:5", "/claims", { ...base, [header]: "1" }), header).not.toBe(key);
    }
    expect(cacheKey("1:5", "/claims", { ...base, accept: "*/*" })).not.toBe(key);
    expect(cacheKey("1:5", "/claims", { ...base, host: "other:3000" })).not.toBe(key);
  });

  it("ignores what does not change the answer", () => {
    expect(cacheKey("1:5", "/claims", { ...base, "user-agent": "a", cookie: "theme=dark" })).toBe(cacheKey("1:5", "/claims", base));
  });
});

describe("which answers are kept", () => {
  it("keeps a plain 200 within the size bound", () => {
    expect(responseIsCacheable(200, { "content-type": "text/html" }, 1000)).toBe(true);
  });
  it("never keeps a cookie, another status, a download or a body over the bound", () => {
    expect(responseIsCacheable(200, { "set-cookie": ["a=b"] }, 10)).toBe(false);
    for (const status of [201, 204, 301, 304, 307, 400, 404, 429, 500]) expect(responseIsCacheable(status, {}, 10), String(status)).toBe(false);
    expect(responseIsCacheable(200, { "content-disposition": 'attachment; filename="claims.csv"' }, 10)).toBe(false);
    expect(responseIsCacheable(200, {}, ENTRY_MAX_BYTES + 1)).toBe(false);
  });
});

describe("the cache in front of a server", () => {
  let revision = "r1";
  const renders: string[] = [];
  let server: Server;
  let port: number;

  function app(req: IncomingMessage, res: ServerResponse) {
    renders.push(req.url!);
    const url = new URL(req.url!, "http://x");
    if (url.pathname === "/slow" || url.pathname === "/slow-fresh" || url.pathname === "/slow-changing") {
      const at = revision;
      res.setHeader("Content-Type", "text/html");
      res.write("<p>part one</p>");
      setTimeout(() => res.end(url.pathname === "/slow-changing" ? `<p>at ${at}</p>` : "<p>part two</p>"), 150);
      return;
    }
    if (url.pathname === "/cookie") res.setHeader("Set-Cookie", "a=b");
    if (url.pathname === "/missing") res.statusCode = 404;
    if (url.pathname === "/huge") {
      res.setHeader("Content-Type", "text/plain");
      for (let i = 0; i < 5; i++) res.write(Buffer.alloc(ENTRY_MAX_BYTES / 4, 97));
      return res.end();
    }
    res.setHeader("Content-Type", "text/html");
    res.end(`<p>${url.pathname} at ${revision}${req.headers.cookie ? " signed in" : ""}</p>`);
  }

  beforeAll(async () => {
    const cache = createResponseCache(() => revision);
    server = createGuardedServer((req, res) => cache.serve(req, res, () => app(req, res)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; body: string; cache?: string; length?: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, path, method, headers, agent: false }, (response) => {
        let body = "";
        response.on("data", (d: Buffer) => (body += d.toString()));
        response.on("end", () => resolve({ status: response.statusCode!, body, cache: response.headers["x-response-cache"] as string | undefined, length: response.headers["content-length"] }));
      });
      request.on("error", reject);
      request.end();
    });
  }
  const rendersOf = (path: string) => renders.filter((r) => r === path).length;

  it("renders an anonymous page once per revision of the data", async () => {
    const first = await get("/page");
    const second = await get("/page");
    expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
    expect(second.body).toBe(first.body);
    expect(rendersOf("/page")).toBe(1);
    revision = "r2";
    const afterWrite = await get("/page");
    expect(afterWrite.body).toBe("<p>/page at r2</p>");
    expect(rendersOf("/page")).toBe(2);
  });

  it("renders a request for a fresh answer anew, and keeps that answer for the next plain request", async () => {
    const kept = await get("/fresh-page");
    const fresh = await get("/fresh-page", { "cache-control": "no-cache" });
    expect([kept.cache, fresh.cache]).toEqual(["miss", "fresh"]);
    expect(rendersOf("/fresh-page")).toBe(2);
    const again = await get("/fresh-page");
    expect(again.cache).toBe("hit");
    expect(again.body).toBe(fresh.body);
    expect(rendersOf("/fresh-page")).toBe(2);
  });

  it("renders each of several requests for a fresh answer that arrive together", async () => {
    await Promise.all(Array.from({ length: 3 }, () => get("/slow-fresh", { "cache-control": "no-cache" })));
    expect(rendersOf("/slow-fresh")).toBe(3);
  });

  it("answers a HEAD from the GET's entry, without a body", async () => {
    await get("/head-page");
    const head = await get("/head-page", {}, "HEAD");
    expect(head.cache).toBe("hit");
    expect(head.body).toBe("");
    expect(Number(head.length)).toBe("<p>/head-page at r2</p>".length);
  });

  it("never answers a signed-in request from the cache, nor keeps its answer", async () => {
    await get("/mine");
    const signedIn = await get("/mine", { cookie: "better-auth.session_token=t" });
    expect(signedIn.body).toContain("signed in");
    expect(signedIn.cache).toBeUndefined();
    expect((await get("/mine")).body).not.toContain("signed in");
  });

  it("does not keep answers that set a cookie, fail, or are too large", async () => {
    for (const path of ["/cookie", "/missing", "/huge"]) {
      await get(path);
      const again = await get(path);
      expect(again.cache, path).toBe("miss");
      expect(rendersOf(path), path).toBe(2);
    }
    expect((await get("/huge")).body.length).toBe(5 * (ENTRY_MAX_BYTES / 4));
  });

  it("renders a streamed page once for identical requests that arrive together, and all get it whole", async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => get("/slow")));
    expect(new Set(answers.map((a) => a.body))).toEqual(new Set(["<p>part one</p><p>part two</p>"]));
    expect(rendersOf("/slow")).toBe(1);
  });

  it("after a write, renders once for the first request and gives the answer kept before to those that arrive meanwhile", async () => {
    revision = "s1";
    const before = await get("/slow-changing");
    revision = "s2";
    const first = get("/slow-changing");
    await new Promise((r) => setTimeout(r, 30));
    const meanwhile = await Promise.all(Array.from({ length: 4 }, () => get("/slow-changing")));
    expect(meanwhile.map((a) => [a.cache, a.body])).toEqual(Array.from({ length: 4 }, () => ["stale", before.body]));
    expect((await first).body).toBe("<p>part one</p><p>at s2</p>");
    expect(rendersOf("/slow-changing")).toBe(2);
    const after = await get("/slow-changing");
    expect([after.cache, after.body]).toEqual(["hit", "<p>part one</p><p>at s2</p>"]);
  });
});
