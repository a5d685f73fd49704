import { describe, expect, it } from "vitest";
import { burstsOf, describeBursts } from "./load-timeline";

describe("burstsOf", () => {
  it("groups slow answers sent close together and keeps apart those far apart", () => {
    const bursts = burstsOf([
      { target: "/a", at: 51.2, ms: 3000 },
      { target: "/", at: 0.1, ms: 2600 },
      { target: "/b", at: 51.9, ms: 2900 },
      { target: "/c", at: 0.4, ms: 1200 },
    ]);
    expect(bursts.map((b) => [b.from, b.to, b.answers.length])).toEqual([
      [0.1, 0.4, 2],
      [51.2, 51.9, 2],
    ]);
  });
});

describe("describeBursts", () => {
  it("names the slowest addresses of a burst and the events just before it", () => {
    const lines = describeBursts(burstsOf([{ target: "/articles", at: 51, ms: 3047 }]), [
      { at: 10, text: "too early" },
      { at: 50, text: "Regrouping" },
      { at: 53, text: "event loop held 2900 ms" },
    ]);
    expect(lines[0]).toContain("1 slow, up to 3047 ms (/articles 3047)");
    expect(lines.slice(1)).toEqual(["      50.0 s Regrouping", "      53.0 s event loop held 2900 ms"]);
  });
});
