import { gzipSync } from "node:zlib";

export interface Timing {
  medianMs: number;
  p95Ms: number;
}

function percentile(sorted: number[], p: number): number {
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
  return { medianMs: percentile(times, 50), p95Ms: percentile(times, 95) };
}

/** Time to the first byte and to the last of a streamed download, and its size. */
export async function timeDownload(url: string) {
  const start = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
  const reader = response.body.getReader();
  let firstByteMs: number | null = null;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstByteMs ??= performance.now() - start;
    bytes += value.byteLength;
  }
  return { firstByteMs: firstByteMs ?? performance.now() - start, totalMs: performance.now() - start, bytes };
}

/** The JavaScript a first visit to the page downloads, gzip-compressed as a server would send it. */
export async function firstLoadJs(baseUrl: string, path: string) {
  const html = await (await fetch(baseUrl + path)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzipped = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  return { scripts: sources.length, rawBytes: raw, gzipBytes: gzipped };
}
