// HTTP fuzz of every route and page: hostile strings, huge and repeated
// parameters, bad percent-encodings and every method. No answer may be a 5xx
// or show a stack trace, every refusal says what is wrong (the JSON error
// under /api/, a page elsewhere), and the server must still answer afterwards.
import { readdirSync } from "node:fs";
import path from "node:path";
import { leaksInternals, rawRequest } from "./http";
import type { Report } from "./report";

const PART = "fuzz";

const HOSTILE_VALUES = [
  "",
  " ",
  "0",
  "-1",
  "0x10",
  " 5",
  "1e309",
  "NaN",
  "9".repeat(400),
  "2024-02-30",
  "%",
  "_",
  "%25",
  "%00",
  "%E0%A4%A",
  "%ZZ",
  "%C0%AF",
  "..%2F..%2Fetc%2Fpasswd",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%20OR%201%3D1%20--",
  "%F0%9F%92%A5%E2%80%AE",
  "a".repeat(10_000),
  "%5B%5D",
  "__proto__",
  "constructor",
];
const PARAMS = ["source", "question", "category", "outlet", "article", "from", "to", "min", "max", "q", "sort", "page", "pageSize", "format", "claim", "next"];
const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "TRACK", "CONNECT", "PROPFIND", "FOO"];

/** Every page and route handler under app/, with its dynamic segments filled. */
function routes(ids: { question: string; article: number }): string[] {
  const found: string[] = [];
  const walk = (dir: string, url: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith("_")) walk(path.join(dir, entry.name), `${url}/${entry.name}`);
      else if (/^(page|route)\.tsx?$/.test(entry.name)) found.push(url || "/");
    }
  };
  walk("app", "");
  return found.map((r) =>
    r
      .replace(/\/\(.*?\)/g, "")
      .replace("[id]", r.includes("question") ? encodeURIComponent(ids.question) : String(ids.article))
      .replace(/\[\.\.\.[^\]]+\]/, "x")
      .replace(/\[[^\]]+\]/g, "1"),
  );
}

/** Whether a refusal's body says what is wrong: {"error": {"message"}} under /api/, a page with words elsewhere. */
function explainsRefusal(target: string, body: string): boolean {
  if (target.startsWith("/api/")) {
    try {
      return typeof (JSON.parse(body) as { error?: { message?: unknown } }).error?.message === "string";
    } catch {
      return false;
    }
  }
  return /<html/i.test(body) && body.replace(/<[^>]*>/g, "").trim().length > 20;
}

export async function runFuzz(port: number, ids: { question: string; article: number }, report: Report, full: boolean) {
  const targets = routes(ids);
  const requests: { method: string; target: string; headers?: Record<string, string> }[] = [];
  for (const route of targets) {
    for (const method of METHODS) requests.push({ method, target: route });
    // CI's size: every value on the explorer and its API (they read every parameter), a third of them elsewhere.
    const explorer = route.startsWith("/api/claims") || route === "/claims";
    const values = full || explorer ? HOSTILE_VALUES : HOSTILE_VALUES.filter((_, i) => i % 3 === 0);
    for (const param of full || explorer ? PARAMS : PARAMS.slice(0, 6)) {
      for (const value of values) requests.push({ method: "GET", target: `${route}?${param}=${value}` });
    }
    requests.push({ method: "GET", target: `${route}?${Array.from({ length: 300 }, (_, i) => `source=s${i}`).join("&")}` });
    requests.push({ method: "GET", target: `${route}?${"q=x&".repeat(2000)}` });
  }
  for (const bad of ["/%", "/%ZZ", "/questions/%E0%A4%A", "/articles/%00", "/api/questions/%ZZ", "/articles/99999999999999999999", "/questions/..%2F..%2F", "/%2e%2e/%2e%2e/etc/passwd", "/api/nope", "/_next/%ZZ"]) {
    for (const method of ["GET", "TRACE", "POST"]) requests.push({ method, target: bad });
  }
  requests.push({ method: "GET", target: "/", headers: { Cookie: `x=${"a".repeat(20_000)}` } });
  requests.push({ method: "GET", target: "/api/claims", headers: { Accept: "../../../../etc/passwd{{", "X-Forwarded-Host": "evil.example" } });
  requests.push({ method: "GET", target: "/api/claims", headers: { Cookie: `x=${"a".repeat(20_000)}` } });
  requests.push({ method: "GET", target: `/api/claims?q=${"a".repeat(20_000)}` });
  requests.push({ method: "GET", target: "/api/claims", headers: { "Content-Length": "abc" } });
  requests.push({ method: "POST", target: "/api/claims", headers: { "Content-Type": "application/json" } });

  let fivexx = 0;
  let leaks = 0;
  let noAnswer = 0;
  let unexplained = 0;
  const statuses = new Map<number, number>();
  const examples: string[] = [];
  const started = performance.now();
  let slowest = 0;
  for (const r of requests) {
    const response = await rawRequest(port, r.method, r.target, { headers: r.headers, body: r.method === "POST" ? "{\"x\":" : undefined });
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    slowest = Math.max(slowest, response.ms);
    const leak = leaksInternals(response.body);
    if (response.status >= 500) fivexx++;
    if (leak) leaks++;
    if (!response.status) noAnswer++;
    const silent = response.status >= 400 && r.method !== "HEAD" && !explainsRefusal(r.target, response.body);
    if (silent) unexplained++;
    if ((response.status >= 500 || leak || !response.status || silent) && examples.length < 8) examples.push(`${r.method} ${r.target.slice(0, 80)} → ${response.status || response.error}${leak ? ` (shows ${leak})` : ""}${silent ? " (no message)" : ""}`);
  }
  const alive = await rawRequest(port, "GET", "/api/claims?pageSize=1");
  report.figure(PART, "requests sent", requests.length);
  report.figure(PART, "answers by status", [...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(" "));
  report.figure(PART, "slowest answer (ms)", Math.round(slowest));
  report.figure(PART, "time (s)", ((performance.now() - started) / 1000).toFixed(1));
  report.check(PART, "no 5xx answer", fivexx === 0, `${fivexx}: ${examples.join("; ")}`);
  report.check(PART, "no stack trace or server path in any answer", leaks === 0, `${leaks}: ${examples.join("; ")}`);
  report.check(PART, "every request got an answer", noAnswer === 0, `${noAnswer}: ${examples.join("; ")}`);
  report.check(PART, "every 4xx says what is wrong (the JSON error under /api/, a page elsewhere)", unexplained === 0, `${unexplained}: ${examples.join("; ")}`);
  report.check(PART, "the server still serves afterwards", alive.status === 200);
}
