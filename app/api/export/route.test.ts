// The export route against real SQLite files: what it answers when the
// database cannot be read, when a row fails mid-download, when the client
// cancels, and past its bound of exports at once.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runScript } from "../../../test/run-cli";
import type { GET as Get } from "./route";

let dir: string;
let GET: typeof Get;
const good = () => `file:${path.join(dir, "good.db")}`;

const request = (query: string) => new NextRequest(`http://127.0.0.1/api/export?${query}`);

function addClaims(file: string, count: number, brokenFrom?: number) {
  const db = new Database(file);
  db.prepare(`INSERT INTO "Article" ("fileName", "title", "language", "dateSource", "text", "contentHash", "byteLength", "claimCount") VALUES ('a.txt', 'A', 'en', 'given', 'x', 'h', 1, 0)`).run();
  const insert = db.prepare(
    `INSERT INTO "Claim" ("articleId", "quote", "start", "end", "mentions", "qualifier", "unit", "category", "measure", "stance", "valueBest") VALUES (1, 'q', 0, 1, ?, 'exact', 'soldiers', 'deployed', 'troops', 'asserts', ?)`,
  );
  db.transaction(() => {
    for (let i = 1; i <= count; i++) insert.run(brokenFrom !== undefined && i >= brokenFrom ? "not json" : "[]", i);
  })();
  db.close();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "triangulate-export-route-"));
  for (const name of ["good.db", "broken.db"]) {
    const migrated = runScript("scripts/db/migrate.ts", [], `file:${path.join(dir, name)}`);
    expect(migrated.code, migrated.stderr).toBe(0);
  }
  addClaims(path.join(dir, "good.db"), 3000);
  addClaims(path.join(dir, "broken.db"), 1500, 1200);
  writeFileSync(path.join(dir, "empty.db"), "");
  process.env.DATABASE_URL = good();
  ({ GET } = await import("./route"));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.env.DATABASE_URL = good();
  vi.restoreAllMocks();
});

describe("GET /api/export", () => {
  it("answers 503 with a message, not 200 with an empty file, when the database has no tables", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.DATABASE_URL = `file:${path.join(dir, "empty.db")}`;
    for (const format of ["csv", "json", "xlsx"]) {
      const response = await GET(request(`format=${format}`));
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: "export_unavailable", message: expect.stringContaining("nothing was sent") } });
    }
  });

  it("breaks the download, rather than ending it cleanly, when a row fails after the headers went out", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.DATABASE_URL = `file:${path.join(dir, "broken.db")}`;
    const response = await GET(request("format=json&sort=value"));
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect(errors).toHaveBeenCalledWith("Export failed while streaming:", expect.anything());
  });

  it("logs nothing when the client cancels a download half way", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const format of ["csv", "json", "xlsx"]) {
      const response = await GET(request(`format=${format}`));
      const reader = response.body!.getReader();
      await reader.read();
      const pending = reader.read();
      await reader.cancel();
      await pending.catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(errors).not.toHaveBeenCalled();
  });

  it("runs four exports at once, answers the fifth 429 with Retry-After, and takes one again once a download ends", async () => {
    const running = await Promise.all(Array.from({ length: 4 }, () => GET(request("format=csv"))));
    expect(running.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const refused = await GET(request("format=csv"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("5");
    expect(await refused.json()).toMatchObject({ error: { code: "too_many_exports" } });
    await running[0]!.body!.cancel();
    const csv = await running[1]!.text();
    expect(csv.split("\r\n")).toHaveLength(3002);
    const again = await GET(request("format=csv"));
    expect(again.status).toBe(200);
    await Promise.all([again, running[2]!, running[3]!].map((r) => r.body!.cancel()));
  });
});
