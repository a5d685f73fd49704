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

/** Response time of a page or API, over repeated requests after a few warm-ups. */
export async function timeRequests(url: string, repeats: number, warmups = 3): Promise<Timing> {
  for (let i = 0; i < warmups; i++) await (await fetch(url)).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 50), p95Ms: percentile(times, 95), samplesMs: times };
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

