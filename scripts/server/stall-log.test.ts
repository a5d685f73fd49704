import { describe, expect, it } from "vitest";
import { stallLine, startStallLog } from "./stall-log.mjs";

describe("stallLine", () => {
  it("names how long the loop was held and the requests in flight, oldest first", () => {
    const inFlight = new Map([
      [1, { url: "GET /api/export?format=xlsx", startedAt: 1000 }],
      [2, { url: "GET /", startedAt: 2500 }],
    ]);
    expect(stallLine(3000, 1499.6, inFlight)).toBe("3000 held 1500 ms; in flight: GET /api/export?format=xlsx (2000 ms), GET / (500 ms)\n");
  });
});

describe("startStallLog", () => {
  it("writes a line when synchronous work holds the event loop", async () => {
    const lines: string[] = [];
    const stop = startStallLog("unused", new Map(), { append: (_file, line) => lines.push(line) });
    await new Promise((r) => setTimeout(r, 60));
    const until = performance.now() + 400;
    while (performance.now() < until);
    await new Promise((r) => setTimeout(r, 120));
    stop();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/held \d+ ms; in flight: none/);
  });
});
