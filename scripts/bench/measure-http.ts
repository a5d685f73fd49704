import http from "node:http";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "../../e2e/helpers/chromium";

export interface Timing {
  medianMs: number;
  p95Ms: number;
  samplesMs: number[];
}

export function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** `Cache-Control: no-cache`: the server's response cache renders the answer anew (scripts/server/response-cache.mjs). */
const FRESH = { "cache-control": "no-cache" };

async function timeOne(url: string, headers: Record<string, string> = {}): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

async function series(url: string, repeats: number, headers: Record<string, string> = {}): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) times.push(await timeOne(url, headers));
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 50), p95Ms: percentile(times, 95), samplesMs: times };
}

/** A view's times: its first answer, repeated answers rendered anew, and repeated answers from the response cache. */
export interface ViewTiming {
  /** The first request of the view since the server started. */
  firstMs: number;
  /** Each request asks for a fresh answer: what rendering costs, which the targets judge. */
  uncached: Timing;
  /** The same address again, answered from the response cache while the data is unchanged. */
  cached: Timing;
}

/** Response times of a page or API: the first answer, then `repeats` rendered anew after a few warm-ups, then `repeats` from the cache. */
export async function timeRequests(url: string, repeats: number, warmups = 2): Promise<ViewTiming> {
  const firstMs = await timeOne(url, FRESH);
  for (let i = 0; i < warmups; i++) await timeOne(url, FRESH);
  const uncached = await series(url, repeats, FRESH);
  const cached = await series(url, repeats);
  return { firstMs, uncached, cached };
}

/**
 * Time to the first byte and to the last of a streamed download, and its size.
 * Read with node:http's plain byte events: fetch's web-stream reader costs more
 * CPU than the server's whole export, and on two cores the client's cost shows
 * in the server's time (curl gives the same figure as this).
 */
export function timeDownload(url: string): Promise<{ firstByteMs: number; totalMs: number; bytes: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        if (response.statusCode !== 200) reject(new Error(`${url} answered ${response.statusCode}`));
        let firstByteMs: number | null = null;
        let bytes = 0;
        response.on("data", (chunk: Buffer) => {
          firstByteMs ??= performance.now() - start;
          bytes += chunk.length;
        });
        response.on("end", () => resolve({ firstByteMs: firstByteMs ?? performance.now() - start, totalMs: performance.now() - start, bytes }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

async function gzippedSize(urls: string[]) {
  let raw = 0;
  let gzipped = 0;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  return { scripts: urls.length, rawBytes: raw, gzipBytes: gzipped };
}

/**
 * The JavaScript a first visit downloads, gzip-compressed as a server sends it:
 * `initial` is what the HTML names (needed before the page works), `total` adds
 * what a real browser fetches by the time the network is idle (the lazy charts).
 */
export async function firstLoadJs(baseUrl: string, path: string) {
  const html = await (await fetch(baseUrl + path)).text();
  const initial = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1]!, baseUrl).href))];
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  const loaded = new Set<string>();
  try {
    const page = await browser.newPage();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") loaded.add(response.url());
    });
    await page.goto(baseUrl + path, { waitUntil: "networkidle" });
  } finally {
    await browser.close();
  }
  return { initial: await gzippedSize(initial), total: await gzippedSize([...new Set([...initial, ...loaded])]) };
}

