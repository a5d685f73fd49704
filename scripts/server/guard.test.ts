import type { AddressInfo } from "node:net";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest } from "../reliability/http";
import { createGuardedServer, KEEP_ALIVE_TIMEOUT_MS } from "./http-server.mjs";

// What the app behind the guard does, standing in for Next's handler: the
// routes mimic what Next answers (an empty 405 for a method a route handler
// lacks, sent either way Node allows).
const handled: string[] = [];
function app(req: IncomingMessage, res: ServerResponse) {
  handled.push(`${req.method} ${req.url}`);
  if (req.url === "/api/empty-405") {
    res.statusCode = 405;
    return res.end();
  }
  if (req.url === "/api/empty-405-streamed") {
    res.writeHead(405);
    res.write("");
    return res.end();
  }
  if (req.url === "/api/throws") throw new Error("SqliteError: secret detail at /srv/app/db.ts");
  res.setHeader("Content-Type", "application/json");
  res.end(JSON.stringify({ ok: true, url: req.url }));
}

let server: Server;
let port: number;

beforeAll(async () => {
  server = createGuardedServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const json = (body: string) => JSON.parse(body) as { error: { code: string; message: string; allowed?: string } };

describe("the server's own answers to requests Next cannot take", () => {
  it("answers TRACE on the API with a JSON 405 that lists the methods, without reaching the app", async () => {
    handled.length = 0;
    const r = await rawRequest(port, "TRACE", "/api/claims");
    expect(r.status).toBe(405);
    expect(r.headers["content-type"]).toBe("application/json");
    expect(r.headers.allow).toContain("GET");
    expect(json(r.body).error).toMatchObject({ code: "method_not_allowed", message: expect.stringContaining("TRACE") });
    expect(handled).toEqual([]);
  });

  it("answers TRACE on a page with a page notice that says what is wrong", async () => {
    const r = await rawRequest(port, "TRACE", "/claims?q=x");
    expect(r.status).toBe(405);
    expect(r.headers["content-type"]).toMatch(/^text\/html/);
    expect(r.body).toContain("does not answer TRACE requests");
    expect(r.body).toContain('href="/"');
  });

  it("answers CONNECT (a proxy tunnel) with a 405 and closes the socket", async () => {
    const r = await rawRequest(port, "CONNECT", "example.com:443");
    expect(r.status).toBe(405);
    expect(r.body).toContain("CONNECT");
  });

  it("answers a method the HTTP parser does not know with a 405 and a body", async () => {
    const r = await rawRequest(port, "FOO", "/api/claims");
    expect(r.status).toBe(405);
    expect(json(r.body).error.code).toBe("method_not_allowed");
  });

  it("answers headers over the parser's limit with a JSON 431 that says what to do", async () => {
    const r = await rawRequest(port, "GET", "/api/claims", { headers: { Cookie: `x=${"a".repeat(20_000)}` } });
    expect(r.status).toBe(431);
    expect(json(r.body).error).toMatchObject({ code: "headers_too_large", message: expect.stringContaining("cookies") });
  });

  it("answers broken framing with a JSON 400", async () => {
    const r = await rawRequest(port, "GET", "/api/claims", { headers: { "Content-Length": "abc" } });
    expect(r.status).toBe(400);
    expect(json(r.body).error.code).toBe("bad_request");
  });

  it.each(["/api/questions/%ZZ", "/api/questions/%E0%A4%A", "/api/articles/%C0%AF"])("answers the malformed percent-encoding of %s with a JSON 400", async (target) => {
    handled.length = 0;
    const r = await rawRequest(port, "GET", target);
    expect(r.status).toBe(400);
    expect(json(r.body).error).toMatchObject({ code: "invalid_path", message: expect.stringContaining("%25") });
    expect(handled).toEqual([]);
  });

  it("leaves a broken escape in the query to the app, which validates its parameters", async () => {
    const r = await rawRequest(port, "GET", "/api/claims?q=%ZZ");
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true });
  });
});

describe("error answers the app sends without a body", () => {
  it.each(["/api/empty-405", "/api/empty-405-streamed"])("get the JSON error (%s)", async (target) => {
    const r = await rawRequest(port, "PATCH", target);
    expect(r.status).toBe(405);
    expect(r.headers["content-type"]).toBe("application/json");
    expect(Number(r.headers["content-length"])).toBe(Buffer.byteLength(r.body));
    expect(json(r.body).error).toMatchObject({ code: "method_not_allowed", message: expect.stringContaining("PATCH") });
  });

  it("stay without a body for HEAD", async () => {
    const r = await rawRequest(port, "HEAD", "/api/empty-405");
    expect(r.status).toBe(405);
    expect(r.body).toBe("");
  });

  it("leave the app's own answers as they are", async () => {
    const r = await rawRequest(port, "GET", "/api/anything");
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, url: "/api/anything" });
  });

  it("turn a handler that throws into a JSON 500 that shows nothing of the error", async () => {
    const r = await rawRequest(port, "GET", "/api/throws");
    expect(r.status).toBe(500);
    expect(json(r.body).error.code).toBe("internal_error");
    expect(r.body).not.toMatch(/SqliteError|\/srv\//);
  });
});

describe("keep-alive", () => {
  it("keeps idle connections open longer than clients keep them (Node's default of 5 s does not)", () => {
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});
