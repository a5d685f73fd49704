// The export route against real SQLite files: what it answers when the
// database cannot be read, when a row fails mid-download, when the client
// cancels, past its bound of exports at once, and that the thread answering
// other requests stays free while a big export streams.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { claimFiltersSchema } from "../../../lib/filters/claim-filters";
import { runScript } from "../../../test/run-cli";
import { exportBody } from "./export-body";
import type { GET as Get } from "./route";
import { EXPORT_WORKERS, exportWorkers } from "./worker-export";

let dir: string;
let GET: typeof Get;
const good = () => `file:${path.join(dir, "good.db")}`;

const BIG_EXPORT_ROWS = 20_000;
/**
 * The most of an export's CPU time the thread answering requests may spend:
 * in that thread, a batch of rows holds up every other request (seconds under
 * load); in a worker the thread only passes chunks on. CPU time, not wall
 * time, so a busy machine does not change the verdict.
 */
const REQUEST_THREAD_SHARE = 0.25;
/** CPU time (user + system) of the process's main thread, the one that answers requests, from Linux's /proc. */
function requestThreadCpuMs(): number {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}
const CLOCK_TICKS_PER_SECOND = 100;
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

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
  for (const name of ["good.db", "broken.db", "big.db"]) {
    const migrated = runScript("scripts/db/migrate.ts", [], `file:${path.join(dir, name)}`);
    expect(migrated.code, migrated.stderr).toBe(0);
  }
  addClaims(path.join(dir, "good.db"), 3000);
  addClaims(path.join(dir, "broken.db"), 1500, 1200);
  addClaims(path.join(dir, "big.db"), BIG_EXPORT_ROWS);
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

  it("leaves the request thread free while a big XLSX streams: the worker, not that thread, spends the CPU", async () => {
    process.env.DATABASE_URL = `file:${path.join(dir, "big.db")}`;
    const [threadBefore, processBefore] = [requestThreadCpuMs(), processCpuMs()];
    const response = await GET(request("format=xlsx"));
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    const bytes = await response.arrayBuffer();
    const [thread, total] = [requestThreadCpuMs() - threadBefore, processCpuMs() - processBefore];
    expect(thread / total, `the request thread spent ${Math.round(thread)} of the export's ${Math.round(total)} ms of CPU`).toBeLessThan(REQUEST_THREAD_SHARE);
    await workbook.xlsx.load(bytes);
    expect(workbook.getWorksheet("Claims")!.rowCount).toBe(BIG_EXPORT_ROWS + 1);
  });

  it("serves one export after another from the workers it keeps, not from a new thread each time", async () => {
    const before = exportWorkers().started;
    for (const format of ["csv", "json", "xlsx", "csv", "json", "xlsx"]) {
      const response = await GET(request(`format=${format}`));
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const after = exportWorkers();
    expect(after.started).toBeLessThanOrEqual(Math.max(before, 1));
    expect(after.started).toBeLessThanOrEqual(EXPORT_WORKERS);
  });

  it("reads the database each export names, though its worker started under another", async () => {
    const first = await GET(request("format=csv"));
    expect((await first.text()).split("\r\n")).toHaveLength(3002);
    process.env.DATABASE_URL = `file:${path.join(dir, "big.db")}`;
    const second = await GET(request("format=csv"));
    expect((await second.text()).split("\r\n")).toHaveLength(BIG_EXPORT_ROWS + 2);
  });

  it("sends the bytes the export writes in the request's own thread", async () => {
    const filters = claimFiltersSchema.parse({ sort: "-value" });
    for (const format of ["csv", "json"] as const) {
      const response = await GET(request(`format=${format}&sort=-value`));
      const inThread = await new Response(await exportBody({ format, filters })).arrayBuffer();
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(inThread))).toBe(true);
    }
  });
});
