import { describe, expect, it } from "vitest";
import { MAX_PARTS, parseReach, partsOf, reachOf, reachOfQuestions, serializeReach } from "./reach";

describe("a question's parts", () => {
  const children = new Map([
    ["russia", ["russia-kursk", "russia-belgorod"].sort()],
    ["russia-kursk", ["russia-kursk-first"]],
    ["russia-kursk-first", ["russia-kursk-first-a"]],
    ["russia-kursk-first-a", ["russia-kursk-first-a-b"]],
    ["russia-kursk-first-a-b", ["russia-kursk-first-a-b-c"]],
  ]);

  it.each([
    ["russia", ["russia-belgorod", "russia-kursk", "russia-kursk-first", "russia-kursk-first-a", "russia-kursk-first-a-b"]],
    ["russia-kursk", ["russia-kursk-first", "russia-kursk-first-a", "russia-kursk-first-a-b", "russia-kursk-first-a-b-c"]],
    ["russia-belgorod", []],
  ])("%s has the parts of four levels below it, level by level", (id, parts) => {
    expect(partsOf(id, children)).toEqual(parts);
  });

  it("keeps at most MAX_PARTS", () => {
    const many = new Map([["whole", Array.from({ length: MAX_PARTS + 5 }, (_, i) => `part-${String(i).padStart(3, "0")}`)]]);
    expect(partsOf("whole", many)).toHaveLength(MAX_PARTS);
  });
});

describe("reach", () => {
  it("counts distinct articles and outlets by voice, an outlet in its own voice apart", () => {
    const { reach, articleCount } = reachOf([
      { articleId: 1, outlet: "Le Monde", sourceId: "gur" },
      { articleId: 1, outlet: "Le Monde", sourceId: "gur" },
      { articleId: 2, outlet: "BBC", sourceId: "gur" },
      { articleId: 3, outlet: "BBC", sourceId: null },
      { articleId: 4, outlet: null, sourceId: null },
    ]);
    expect(Object.fromEntries(reach)).toEqual({ gur: { articles: 2, outlets: 2 }, "own:BBC": { articles: 1, outlets: 1 }, "own:": { articles: 1, outlets: 0 } });
    expect(articleCount).toBe(4);
  });

  it("counts a question's parts' claims for the whole, not the whole's for a part", () => {
    const claim = (articleId: number, source: string) => ({ articleId, outlet: "Reuters", source: { id: source } });
    const reach = reachOfQuestions(
      [{ id: "whole", parentId: null }, { id: "part", parentId: "whole" }],
      new Map([["whole", [claim(1, "gur")]], ["part", [claim(2, "gur"), claim(3, "nis")]]]),
    );
    expect(reach.get("whole")!.articleCount).toBe(3);
    expect(reach.get("whole")!.reach.get("gur")).toEqual({ articles: 2, outlets: 1 });
    expect(reach.get("part")!.articleCount).toBe(2);
  });

  it("reads back what it stores, and nothing from a missing or broken value", () => {
    const kept = reachOf([{ articleId: 7, outlet: "AFP", sourceId: "isw" }]);
    expect(parseReach(serializeReach(kept))).toEqual(kept);
    expect(parseReach(null)).toBeNull();
    expect(parseReach("{")).toBeNull();
    expect(parseReach(`{"articles": -1, "voices": {}}`)).toBeNull();
  });
});
