import type { AddressInfo } from "node:net";
import http, { type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGuardedServer } from "./http-server.mjs";
import { createResponseCache, refreshThrough } from "./response-cache.mjs";
import { AnswerStore } from "./answer-store.mjs";

describe("an entry past its time to live, the data unchanged", () => {
  let renders = 0;
  let body = "one";
  let server: Server;
  let port: number;
  const store = new AnswerStore({ ttlMs: 400, ttlSpread: 0 });

  beforeAll(async () => {
    server = createGuardedServer((req, res) =>
      cache.serve(req, res, () => {
        renders++;
        const at = body;
        res.setHeader("Content-Type", "text/html");
        if (req.url === "/gone" && at === "gone") res.statusCode = 404;
        res.write("<p>");
        setTimeout(() => res.end(`${at}</p>`), 60);
      }),
    );
    const cache = createResponseCache(() => "r1", { store, refresh: refreshThrough(server) });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string) =>
    new Promise<{ body: string; cache?: string }>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path, agent: false }, (response) => {
          let text = "";
          response.on("data", (d: Buffer) => (text += d.toString()));
          response.on("end", () => resolve({ body: text, cache: response.headers["x-response-cache"] as string | undefined }));
        })
        .on("error", reject);
    });
  const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("is given at once to every asker, the first included, and rendered again once in the background", async () => {
    expect((await get("/page")).cache).toBe("miss");
    expect(renders).toBe(1);
    body = "two";
    await settle(450);
    const answers = await Promise.all(Array.from({ length: 5 }, () => get("/page")));
    expect(answers.map((a) => [a.cache, a.body])).toEqual(Array.from({ length: 5 }, () => ["stale", "<p>one</p>"]));
    await settle(150);
    expect(renders).toBe(2);
    expect(await get("/page")).toEqual({ cache: "hit", body: "<p>two</p>" });
  });

  it("is dropped when the render in the background cannot be kept, so the next asker waits for a render of its own", async () => {
    renders = 0;
    body = "three";
    expect((await get("/gone")).cache).toBe("miss");
    body = "gone";
    await settle(450);
    expect((await get("/gone")).cache).toBe("stale");
    await settle(150);
    expect(renders).toBe(2);
    const next = await get("/gone");
    expect([next.cache, next.body]).toEqual(["miss", "<p>gone</p>"]);
  });
});
