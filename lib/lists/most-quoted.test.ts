import { describe, expect, it } from "vitest";
import { mostQuoted } from "./most-quoted";

const items = (...counts: number[]) => counts.map((claimCount, i) => ({ name: String.fromCharCode(97 + i), claimCount }));
const names = (list: { name: string }[]) => list.map((i) => i.name).join("");

describe("mostQuoted", () => {
  it("keeps a short list whole", () => {
    expect(names(mostQuoted(items(1, 2, 3), 3))).toBe("abc");
  });
  it("keeps the most quoted, in the order the list had", () => {
    expect(names(mostQuoted(items(1, 9, 3, 7, 2), 3))).toBe("bcd");
  });
  it("breaks ties by the earlier item", () => {
    expect(names(mostQuoted(items(5, 5, 5, 5), 2))).toBe("ab");
  });
  it("keeps nothing when asked for nothing", () => {
    expect(mostQuoted(items(1, 2), 0)).toEqual([]);
  });
});
