// A cache of whole answers for anonymous reads. Rendering a page of several
// hundred kilobytes of HTML is what the server spends its CPU on; fifty
// visitors asking for the same overview between two writes get the same
// bytes, so they are rendered once per revision of the data.
//
// The revision is SQLite's `PRAGMA data_version` on a read-only connection of
// this process's own: it changes whenever any other connection commits, in
// this process (Prisma) or in another (the CLI ingest, reextract, delete), so
// a cached answer never outlives the data it shows. Answers to signed-in
// users (their pages show review buttons), anything that sets a cookie, every
// status but 200, attachments (exports) and bodies over a bound are never
// kept. Memory is bounded (least recently used out first) and every entry
// expires after a short time as a safety net.
import http from "node:http";
import { AnswerStore, ENTRY_MAX_BYTES } from "./answer-store.mjs";

/** The request headers that change what Next answers for the same address (its Vary, and its RSC and prefetch requests), and the host pages cite. */
export const KEY_HEADERS = ["host", "x-forwarded-host", "x-forwarded-proto", "accept", "accept-encoding", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

/** Better Auth's cookies (`better-auth.session_token`, `__Secure-better-auth.session_data`, …): their bearer may be signed in. */
const AUTH_COOKIE = /^(__Secure-|__Host-)?better-auth[.-]/;

/** Paths whose answers are never the same twice or never anonymous reads: sign-in, writes, downloads. */
const UNCACHED_PATHS = [/^\/api\/auth(\/|$)/, /^\/api\/review(\/|$)/, /^\/api\/export(\/|$)/, /\/comparison(\/|$)/, /^\/_next\/(static|image)\//];

/** Headers of a kept answer that belong to one connection, not to the answer. */
const CONNECTION_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

export function cookieNames(cookieHeader) {
  if (!cookieHeader) return [];
  return String(cookieHeader)
    .split(";")
    .map((part) => part.split("=", 1)[0].trim())
    .filter(Boolean);
}

export function hasSessionCookie(cookieHeader) {
  return cookieNames(cookieHeader).some((name) => AUTH_COOKIE.test(name));
}

/** Whether a request may be answered from the cache (and its answer kept): an anonymous GET or HEAD of a page or API read. */
export function requestIsCacheable(method, url, headers) {
  if (method !== "GET" && method !== "HEAD") return false;
  if (hasSessionCookie(headers.cookie)) return false;
  if (headers.authorization) return false;
  const pathname = String(url ?? "/").split("?", 1)[0];
  return !UNCACHED_PATHS.some((pattern) => pattern.test(pathname));
}

/**
 * Whether the client asks for a fresh answer (`Cache-Control: no-cache`, as
 * a browser's hard reload sends, or `no-store`): standard HTTP lets a cache
 * answer it only after checking with the origin, which here is rendering it
 * again. The fresh answer then replaces the kept one.
 */
export function requestWantsFresh(headers) {
  const value = headerValue(headers, "cache-control");
  return value.split(",").some((directive) => /^\s*(no-cache|no-store)\s*$/i.test(directive));
}

/** The cache key: the data's revision, the address, and every header that changes the answer. A HEAD is answered from the GET's entry. */
export function cacheKey(revision, url, headers) {
  return `${revision}\n${addressKey(url, headers)}`;
}

/** The address and every header that changes the answer, whatever the revision: one entry each, its revision beside it. */
export function addressKey(url, headers) {
  const varying = KEY_HEADERS.map((name) => `${name}=${headers[name] ?? ""}`).join("\n");
  return `${url}\n${varying}`;
}

function headerValue(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value === undefined ? "" : String(value);
}

/** Whether an answer, once complete, may be kept: a 200 with no cookie, not a download, within the size bound. */
export function responseIsCacheable(status, headers, bodyBytes) {
  if (status !== 200) return false;
  if (headers["set-cookie"] !== undefined) return false;
  if (/attachment/i.test(headerValue(headers, "content-disposition"))) return false;
  return bodyBytes <= ENTRY_MAX_BYTES;
}

/** The headers an answer went out with, as setHeader and writeHead gave them (lower-case names). */
function collectHeaders(res, given) {
  const headers = { ...res.getHeaders() };
  if (Array.isArray(given)) {
    for (let i = 0; i + 1 < given.length; i += 2) headers[String(given[i]).toLowerCase()] = given[i + 1];
  } else if (given && typeof given === "object") {
    for (const [name, value] of Object.entries(given)) headers[name.toLowerCase()] = value;
  }
  return headers;
}

function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  return Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Copies what goes out on `res` without holding it back; `done(answer)` gets
 * { status, headers, body } once the answer ended whole and may be kept, else null.
 */
export function recordAnswer(res, done) {
  const { writeHead, write, end } = res;
  let status = 0;
  let headers = null;
  const chunks = [];
  let bytes = 0;
  let keep = true;
  const add = (chunk, encoding) => {
    const buffer = keep ? toBuffer(chunk, encoding) : null;
    if (!buffer) return;
    bytes += buffer.length;
    if (bytes > ENTRY_MAX_BYTES) {
      keep = false;
      chunks.length = 0;
    } else chunks.push(Buffer.from(buffer));
  };
  res.writeHead = function (code, ...rest) {
    status = code;
    headers = collectHeaders(res, rest.find((r) => r && typeof r === "object"));
    return writeHead.call(this, code, ...rest);
  };
  res.write = function (chunk, encoding, ...rest) {
    add(chunk, encoding);
    return write.call(this, chunk, encoding, ...rest);
  };
  res.end = function (chunk, encoding, ...rest) {
    add(chunk, encoding);
    const result = end.call(this, chunk, encoding, ...rest);
    const finalHeaders = headers ?? collectHeaders(res);
    const finalStatus = status || res.statusCode;
    done(keep && responseIsCacheable(finalStatus, finalHeaders, bytes) ? { status: finalStatus, headers: finalHeaders, body: Buffer.concat(chunks) } : null);
    return result;
  };
  res.on("close", () => {
    if (!res.writableFinished) done(null);
  });
}

function send(req, res, entry, how) {
  const headers = {};
  for (const [name, value] of Object.entries(entry.headers)) if (!CONNECTION_HEADERS.has(name)) headers[name] = value;
  headers["content-length"] = entry.body.length;
  headers["x-response-cache"] = how;
  res.writeHead(entry.status, headers);
  res.end(req.method === "HEAD" ? undefined : entry.body);
}

/** The request headers of the cache key, to ask for the same answer again. */
export function keyHeadersOf(headers) {
  const picked = {};
  for (const name of KEY_HEADERS) if (headers[name] !== undefined) picked[name] = headers[name];
  return picked;
}

/**
 * Asks `server` (listening) for `url` with `headers` and Cache-Control:
 * no-cache, reading the answer to its end: through the response cache in
 * front of the server, that renders the address anew and keeps the answer.
 * Resolves once the answer ended or failed, never rejects.
 */
export function refreshThrough(server, { timeoutMs = 60_000 } = {}) {
  return (url, headers) =>
    new Promise((resolve) => {
      const address = server.address();
      if (!address || typeof address === "string") return resolve();
      const host = address.address === "::" || address.address === "0.0.0.0" ? (address.family === "IPv6" ? "::1" : "127.0.0.1") : address.address;
      const request = http.get({ host, port: address.port, path: url, headers: { ...headers, "cache-control": "no-cache" }, agent: false, timeout: timeoutMs }, (response) => {
        response.resume();
        response.on("end", resolve);
        response.on("error", resolve);
        response.on("close", resolve);
      });
      request.on("timeout", () => request.destroy());
      request.on("error", resolve);
    });
}

/**
 * A request handler in front of `handle`: an anonymous read is answered from
 * the store when the data has not changed since it was kept. The first
 * request for an address after a write renders it; identical requests that
 * arrive while it renders get the answer kept before (marked stale), or wait
 * for that render when there is none.
 *
 * Why stale is safe there: after a commit every address is rendered anew at
 * once, and each render is slower for sharing the cores with the others
 * (3 s for every visitor after each ingest batch on 3,000 articles); the
 * followers would get the answer of a render that began before they asked.
 * The one who asks first after the change, a lone visitor or a test that
 * writes and then reloads, always waits for the fresh answer; and the stale
 * one is replaced as soon as that render ends.
 *
 * An entry past its time to live with the data unchanged (the time to live is
 * a safety net, not a change) is given as stale to everyone, the first asker
 * included, while `refresh(url, keyHeaders)` renders it again in the
 * background, one address at a time. Without it, entries kept together
 * (the crowd after a start or a write) reach their time to live close
 * together and every visitor waited for a burst of renders with nothing
 * written. `refresh` is expected to ask the server again with Cache-Control:
 * no-cache (refreshThrough); without one, an expired entry is rendered for
 * its first asker as before.
 */
export function createResponseCache(revision, { store = new AnswerStore(), refresh = null } = {}) {
  const inFlight = new Map();
  const stats = { hits: 0, misses: 0, shared: 0, stale: 0, refreshed: 0 };
  const refreshing = new Set();
  const queue = [];
  let pumping = false;
  async function pump() {
    if (pumping) return;
    pumping = true;
    while (queue.length) {
      const job = queue.shift();
      try {
        await refresh(job.url, job.headers);
        stats.refreshed++;
      } catch {
        // Best effort: the next asker after its time to live tries again.
      } finally {
        refreshing.delete(job.key);
      }
    }
    pumping = false;
  }
  function refreshLater(key, req) {
    if (refreshing.has(key) || inFlight.has(key)) return;
    refreshing.add(key);
    queue.push({ key, url: req.url, headers: keyHeadersOf(req.headers) });
    void pump();
  }
  async function serve(req, res, handle) {
    if (!requestIsCacheable(req.method, req.url, req.headers)) return handle();
    const current = revision();
    if (current === null) return handle();
    const key = addressKey(req.url, req.headers);
    const fresh = requestWantsFresh(req.headers);
    const kept = fresh ? undefined : store.peek(key);
    if (kept && kept.revision === current) {
      if (store.isFresh(kept)) {
        stats.hits++;
        return send(req, res, kept, "hit");
      }
      if (refresh) {
        stats.stale++;
        refreshLater(key, req);
        return send(req, res, kept, "stale");
      }
    }
    const pending = fresh ? undefined : inFlight.get(key);
    if (pending && pending.revision === current) {
      const stale = store.peek(key);
      if (stale) {
        stats.stale++;
        return send(req, res, stale, "stale");
      }
      const answer = await pending.rendering;
      if (answer) {
        stats.shared++;
        return send(req, res, answer, "hit");
      }
      return handle();
    }
    stats.misses++;
    res.setHeader("X-Response-Cache", fresh ? "fresh" : "miss");
    if (req.method === "HEAD") return handle();
    let settle;
    const rendering = new Promise((resolve) => (settle = resolve));
    const flight = { revision: current, rendering };
    // A fresh render is not shared with requests already waiting on another; later ones may wait on it.
    inFlight.set(key, flight);
    let settled = false;
    recordAnswer(res, (answer) => {
      if (settled) return;
      settled = true;
      if (inFlight.get(key) === flight) inFlight.delete(key);
      // A render of a revision that a later write has passed is not kept over what may be newer.
      if (answer) {
        if (revision() === current) store.set(key, answer.status, answer.headers, answer.body, current);
      } else if (fresh) store.delete(key); // a fresh render that could not be kept (an error now, a cookie, cut off) leaves no older copy to give as stale
      settle(answer);
    });
    return handle();
  }
  return { serve, stats, store };
}
