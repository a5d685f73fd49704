// Load: 50 clients at once on a mixed workload of pages, API calls and
// exports, for a bounded time. Every request is timed; errors, 5xx answers
// and connection resets are counted (a 429 for an export past the bound is
// the answer asked for, and counted apart).
import http from "node:http";
import os from "node:os";
import { burstsOf, describeBursts, type SlowAnswer, type TimedEvent } from "./load-timeline";
import { percentile, type Report } from "./report";

const PART = "load";

export interface LoadResult {
  requests: number;
  errors: number;
  resets: number;
  fivexx: number;
  tooMany: number;
  p50: number;
  p99: number;
  max: number;
  slowest: string;
  /** The slowest answer to anything but an export: what the 2 s target is about (an export of everything takes as long as its size). */
  otherMax: number;
  otherSlowest: string;
  /** Export downloads that ran to the end, and the longest of them. */
  exports: number;
  exportMax: number;
  /** Errors by kind (ECONNRESET, timeout, …): a reset names who closed the socket. */
  errorKinds: Record<string, number>;
  /** The longest answer to a tiny request sent every 250 ms on a connection of its own: how long the server stopped answering anyone. */
  longestStall: number;
  /** Seconds into the scenario when that longest tiny request was sent: a stall at 0 s is the server's first renders, not the steady state. */
  longestStallAt: number;
  /** The slowest answer of each address, slowest first. */
  slowestByRoute: { target: string; ms: number; at: number }[];
  /** Answers the server's response cache gave (X-Response-Cache: hit, or stale while the address renders again). */
  cacheHits: number;
  seconds: number;
  clients: number;
  /** The machine's 1-minute load average as the scenario began and ended: what the figures are worth. */
  loadBefore: number;
  loadAfter: number;
  /** Every answer other than an export that took over SLOW_MS, and when it was sent: the bursts of the report. */
  slow: SlowAnswer[];
  /** Date.now() as the scenario began, to place the server's and the ingest's own timestamps in it. */
  startedAtEpochMs: number;
}

/** Half the 2 s target: slow enough to be worth a line in the timeline. */
const SLOW_MS = 1000;

function get(agent: http.Agent, port: number, target: string): Promise<{ status: number; error?: string; cached?: boolean }> {
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path: target, agent, timeout: 60_000 }, (response) => {
      response.on("data", () => {});
      response.on("end", () => resolve({ status: response.statusCode ?? 0, cached: ["hit", "stale"].includes(String(response.headers["x-response-cache"])) }));
      response.on("error", (e) => resolve({ status: 0, error: (e as NodeJS.ErrnoException).code ?? e.message }));
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (e) => resolve({ status: 0, error: (e as NodeJS.ErrnoException).code ?? e.message }));
  });
}

const isExport = (target: string) => target.startsWith("/api/export");

export async function runLoad(port: number, mix: readonly string[], seconds: number, clients = 50): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const deadline = performance.now() + seconds * 1000;
  const times: number[] = [];
  const result: LoadResult = { requests: 0, errors: 0, resets: 0, fivexx: 0, tooMany: 0, p50: 0, p99: 0, max: 0, slowest: "", otherMax: 0, otherSlowest: "", exports: 0, exportMax: 0, errorKinds: {}, longestStall: 0, longestStallAt: 0, slowestByRoute: [], cacheHits: 0, seconds, clients, loadBefore: os.loadavg()[0]!, loadAfter: 0, slow: [], startedAtEpochMs: Date.now() };
  const started0 = performance.now();
  const byRoute = new Map<string, { target: string; ms: number; at: number }>();
  let next = 0;
  const client = async () => {
    while (performance.now() < deadline) {
      const target = mix[next++ % mix.length]!;
      const started = performance.now();
      const { status, error, cached } = await get(agent, port, target);
      const ms = performance.now() - started;
      result.requests++;
      const worst = byRoute.get(target);
      if (!worst || ms > worst.ms) byRoute.set(target, { target, ms, at: (started - started0) / 1000 });
      if (cached) result.cacheHits++;
      if (status === 429) {
        result.tooMany++;
        continue;
      }
      times.push(ms);
      if (ms > result.max) {
        result.max = ms;
        result.slowest = target;
      }
      if (isExport(target)) {
        result.exports++;
        result.exportMax = Math.max(result.exportMax, ms);
      } else {
        if (ms > SLOW_MS) result.slow.push({ target, at: (started - started0) / 1000, ms });
        if (ms > result.otherMax) {
          result.otherMax = ms;
          result.otherSlowest = target;
        }
      }
      if (error) {
        result.errors++;
        result.errorKinds[error] = (result.errorKinds[error] ?? 0) + 1;
        if (/ECONNRESET|EPIPE|socket hang up/i.test(error)) result.resets++;
      } else if (status >= 500) result.fivexx++;
    }
  };
  const probeAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const probe = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      await get(probeAgent, port, "/api/claims?pageSize=1");
      const ms = performance.now() - started;
      if (ms > SLOW_MS) result.slow.push({ target: "tiny probe", at: (started - started0) / 1000, ms });
      if (ms > result.longestStall) {
        result.longestStall = ms;
        result.longestStallAt = (started - started0) / 1000;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  await Promise.all([...Array.from({ length: clients }, client), probe()]);
  agent.destroy();
  probeAgent.destroy();
  result.loadAfter = os.loadavg()[0]!;
  result.p50 = percentile(times, 50);
  result.p99 = percentile(times, 99);
  result.slowestByRoute = [...byRoute.values()].sort((a, b) => b.ms - a.ms);
  return result;
}

/** Events stamped with Date.now(), as seconds into the scenario. */
export function eventsDuring(r: LoadResult, events: readonly { epochMs: number; text: string }[]): TimedEvent[] {
  return events.map((e) => ({ at: (e.epochMs - r.startedAtEpochMs) / 1000, text: e.text })).filter((e) => e.at >= -5 && e.at <= r.seconds + 60);
}

export function reportLoad(report: Report, scenario: string, r: LoadResult, target?: { p99?: number; max?: number; enforce: boolean }, events: readonly TimedEvent[] = []) {
  const line = `  ${scenario}: ${r.requests} requests in ${r.seconds} s from ${r.clients} clients, p50 ${Math.round(r.p50)} ms, p99 ${Math.round(r.p99)} ms, max ${Math.round(r.max)} ms${r.exports ? ` (other than exports ${Math.round(r.otherMax)} ms)` : ""}, tiny request ${Math.round(r.longestStall)} ms; load average ${r.loadBefore.toFixed(1)} → ${r.loadAfter.toFixed(1)} on ${os.cpus().length} cores`;
  console.log(line);
  const bursts = burstsOf(r.slow);
  if (bursts.length) console.log(`  answers over ${SLOW_MS} ms, by burst (sent at, seconds into the scenario):\n${describeBursts(bursts, events).join("\n")}`);
  report.figure(PART, `${scenario}: machine load average (1 min), start → end`, `${r.loadBefore.toFixed(1)} → ${r.loadAfter.toFixed(1)} on ${os.cpus().length} cores`);
  report.figure(PART, `${scenario}: clients × seconds, closed loop`, `${r.clients} × ${r.seconds} s (each sends its next request once answered)`);
  report.figure(PART, `${scenario}: requests (429 past the export bound)`, `${r.requests} (${r.tooMany})`);
  report.figure(PART, `${scenario}: answered from the response cache`, `${r.cacheHits} (${r.requests ? Math.round((100 * r.cacheHits) / r.requests) : 0} %)`);
  report.figure(PART, `${scenario}: p50 / p99 / max (ms)`, `${Math.round(r.p50)} / ${Math.round(r.p99)} / ${Math.round(r.max)} (${r.slowest.slice(0, 40)})`);
  if (r.exports) report.figure(PART, `${scenario}: slowest answer other than an export (ms)`, `${Math.round(r.otherMax)} (${r.otherSlowest.slice(0, 40)})`);
  if (r.exports) report.figure(PART, `${scenario}: exports downloaded, the longest (ms)`, `${r.exports}, ${Math.round(r.exportMax)}`);
  report.figure(PART, `${scenario}: longest wait of a tiny request sent every 250 ms (ms, sent at)`, `${Math.round(r.longestStall)}, ${r.longestStallAt.toFixed(1)} s in`);
  const routes = r.slowestByRoute.slice(0, 4).map((s) => `${s.target.slice(0, 28)} ${Math.round(s.ms)} at ${s.at.toFixed(0)} s`);
  report.figure(PART, `${scenario}: slowest answers by address (ms, sent at)`, routes.join("; "));
  const kinds = Object.entries(r.errorKinds).map(([k, n]) => `${k}×${n}`).join(" ");
  report.check(PART, `${scenario}: no error, no 5xx, no reset`, r.errors === 0 && r.fivexx === 0 && r.resets === 0, `${r.errors} errors (${kinds || "none"}), ${r.fivexx} 5xx, ${r.resets} resets`);
  // The targets are the benchmark's (--full): a shared or slow machine misses them without the server being at fault, hence the load average beside them.
  const busy = r.loadAfter > os.cpus().length ? ` with a load average of ${r.loadAfter.toFixed(1)} on ${os.cpus().length} cores: measure again on a quiet machine` : "";
  if (target?.enforce && target.p99 !== undefined) report.check(PART, `${scenario}: p99 under ${target.p99} ms`, r.p99 < target.p99, `${Math.round(r.p99)} ms${busy}`);
  // An export of everything lasts as long as its size: the target is every other request, and the tiny probe beside them.
  const slowest = r.exports ? Math.max(r.otherMax, r.longestStall) : r.max;
  const what = r.exports ? "no request other than an export slower than" : "no request slower than";
  if (target?.enforce && target.max !== undefined) report.check(PART, `${scenario}: ${what} ${target.max} ms`, slowest < target.max, `${Math.round(slowest)} ms${busy}`);
}
