import { describe, expect, it } from "vitest";
import { AnswerStore } from "./answer-store.mjs";

describe("the store", () => {
  it("drops the least recently used answers once past its memory bound", () => {
    const store = new AnswerStore({ maxBytes: 3 * (1024 + 2000) });
    for (const key of ["a", "b", "c"]) store.set(key, 200, {}, Buffer.alloc(1900));
    expect(store.get("a")).toBeDefined(); // a is now the most recent
    store.set("d", 200, {}, Buffer.alloc(1900));
    expect(store.get("b")).toBeUndefined();
    expect([store.get("a"), store.get("c"), store.get("d")].every(Boolean)).toBe(true);
    expect(store.bytes).toBeLessThanOrEqual(3 * (1024 + 2000));
  });

  it("never gives an answer older than its time to live as a hit, but keeps it as a stale copy", () => {
    let now = 0;
    const store = new AnswerStore({ ttlMs: 1000, now: () => now });
    store.set("a", 200, {}, Buffer.from("x"), "r1");
    now = 999;
    expect(store.get("a")).toBeDefined();
    now = 2001;
    expect(store.get("a")).toBeUndefined();
    expect(store.peek("a")?.revision).toBe("r1");
  });

  it("lets answers kept at the same moment expire at different moments, none past the spread", () => {
    let now = 0;
    const draws = [0, 0.25, 0.5, 0.75, 0.999];
    const store = new AnswerStore({ ttlMs: 1000, ttlSpread: 0.5, now: () => now, random: () => draws.shift()! });
    const keys = ["a", "b", "c", "d", "e"];
    for (const key of keys) store.set(key, 200, {}, Buffer.from(key));
    const kept = (at: number) => {
      now = at;
      return keys.filter((key) => store.entries.has(key) && store.get(key) !== undefined);
    };
    expect(kept(1000)).toEqual(keys);
    expect(kept(1200)).toEqual(["c", "d", "e"]);
    expect(kept(1400)).toEqual(["e"]);
    expect(kept(1500)).toEqual([]);
  });
});
