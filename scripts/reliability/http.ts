// Raw HTTP/1.1 over a socket, so that the suite can send what fetch refuses to
// (bad percent-encodings, TRACE, huge headers) to a server on the loopback.
import net from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  ms: number;
  error?: string;
}

export function rawRequest(port: number, method: string, target: string, { headers = {}, body, timeoutMs = 30_000 }: { headers?: Record<string, string>; body?: string; timeoutMs?: number } = {}): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      const text = Buffer.concat(chunks).toString("latin1");
      const head = text.split("\r\n\r\n", 1)[0] ?? "";
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const parsed: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(":");
        if (colon > 0) parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const raw = text.slice(head.length + 4);
      const body = /chunked/i.test(parsed["transfer-encoding"] ?? "") ? dechunk(raw) : raw;
      resolve({ status, headers: parsed, body, ms: performance.now() - started, error: status ? undefined : error ?? "no answer" });
    };
    socket.setTimeout(timeoutMs, () => finish("timed out"));
    socket.on("data", (d: Buffer) => chunks.push(d));
    socket.on("end", () => finish());
    socket.on("close", () => finish());
    socket.on("error", (e) => finish(e.message));
    socket.on("connect", () => {
      const lines = [`${method} ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, "Connection: close", ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
      if (body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
      socket.write(`${lines.join("\r\n")}\r\n\r\n${body ?? ""}`);
    });
  });
}

/** The body of a chunked answer without its chunk sizes (as far as it arrived). */
function dechunk(raw: string): string {
  let body = "";
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf("\r\n", at);
    if (lineEnd < 0) return body;
    const size = parseInt(raw.slice(at, lineEnd), 16);
    if (!(size > 0)) return body;
    body += raw.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

/** What a person must never see in an answer: a stack trace, a file path of the server. */
export function leaksInternals(body: string): string | null {
  const patterns = [/\n\s+at [\w$.<>]+ \(/, /node_modules\//, /\/work\//, /PrismaClient\w*Error/, /SqliteError/];
  for (const p of patterns) if (p.test(body)) return p.source;
  return null;
}
