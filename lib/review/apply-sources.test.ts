import { describe, expect, it } from "vitest";
import { reviewSources, type RegistrySource } from "./apply-sources";

const registry: RegistrySource[] = [
  { id: "gur", name: "GUR", country: "Ukraine", kind: "intelligence" },
  { id: "ukraine_intelligence", name: "Ukrainian intelligence", country: "Ukraine", kind: "intelligence" },
  { id: "nis", name: "NIS", country: "South Korea", kind: "intelligence" },
];

describe("decisions on sources", () => {
  it("a merge sends the merged source's claims to the other, whose aliases gain its name", () => {
    const review = reviewSources(registry, [{ id: 1, action: "source_merge", sourceId: "ukraine_intelligence", into: "gur" }]);
    expect(review.resolve({ id: "ukraine_intelligence", name: "Ukrainian intelligence" })).toEqual({ id: "gur", name: "GUR" });
    expect(review.sources.find((s) => s.id === "gur")?.aliases).toEqual(["Ukrainian intelligence"]);
    expect(review.resolve({ id: "nis", name: "NIS" })).toEqual({ id: "nis", name: "NIS" });
    expect([...review.affected]).toEqual(["ukraine_intelligence"]);
  });

  it("a rename reaches the source's claims, and merged ones take the new name", () => {
    const review = reviewSources(registry, [
      { id: 1, action: "source_merge", sourceId: "ukraine_intelligence", into: "gur" },
      { id: 2, action: "source_rename", sourceId: "gur", name: "Ukraine's Defence Intelligence" },
    ]);
    expect(review.resolve({ id: "gur", name: "GUR" })?.name).toBe("Ukraine's Defence Intelligence");
    expect(review.resolve({ id: "ukraine_intelligence", name: "x" })).toEqual({ id: "gur", name: "Ukraine's Defence Intelligence" });
  });

  it("kind and country are set on the registry row", () => {
    const review = reviewSources(registry, [{ id: 1, action: "source_set", sourceId: "nis", kind: "government", country: "Republic of Korea" }]);
    expect(review.sources.find((s) => s.id === "nis")).toMatchObject({ kind: "government", country: "Republic of Korea" });
  });

  it("decisions on unknown sources are listed as orphans", () => {
    const review = reviewSources(registry, [
      { id: 1, action: "source_rename", sourceId: "gone", name: "x" },
      { id: 2, action: "source_merge", sourceId: "nis", into: "gone" },
    ]);
    expect(review.orphans).toEqual([1, 2]);
    expect(review.resolve({ id: "nis", name: "NIS" })).toEqual({ id: "nis", name: "NIS" });
  });
});
