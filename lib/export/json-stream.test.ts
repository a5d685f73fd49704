import { describe, expect, it } from "vitest";
import { batchesOf, collect } from "./fixtures";
import { jsonArrayObjectChunks } from "./json-stream";

describe("jsonArrayObjectChunks", () => {
  it("writes the array across batches, then the trailer with the count", async () => {
    const text = await collect(jsonArrayObjectChunks("claims", batchesOf([{ a: 1 }, { a: 2 }], [], [{ a: "é" }]), (total) => ({ total, filters: { source: ["gur"] } })));
    expect(JSON.parse(text)).toEqual({ claims: [{ a: 1 }, { a: 2 }, { a: "é" }], total: 3, filters: { source: ["gur"] } });
  });

  it("is valid JSON with no items and an empty trailer", async () => {
    expect(JSON.parse(await collect(jsonArrayObjectChunks("claims", batchesOf(), () => ({}))))).toEqual({ claims: [] });
  });
});
