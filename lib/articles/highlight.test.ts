import { describe, expect, it } from "vitest";
import { segmentText } from "./highlight";

describe("segmentText", () => {
  it("keeps the text whole and marks each span", () => {
    const text = "Selon Séoul, 3 000 soldats sont déjà en Russie.";
    const start = text.indexOf("3 000");
    const segments = segmentText(text, [{ start, end: start + 12, claimId: 7 }]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.claimIds.length).map((s) => s.text)).toEqual(["3 000 soldat"]);
  });

  it("marks a clause nested in a longer quote with both claims", () => {
    const text = "quelque 50.000 hommes, dont plusieurs milliers de Nord-Coréens";
    const inner = text.indexOf("dont");
    const segments = segmentText(text, [
      { start: 0, end: text.length, claimId: 1 },
      { start: inner, end: text.length, claimId: 2 },
    ]);
    expect(segments).toHaveLength(2);
    expect(segments[1]).toMatchObject({ claimIds: [1, 2] });
  });

  it("ignores spans that fall outside the text", () => {
    expect(segmentText("abc", [{ start: 2, end: 10, claimId: 1 }])).toEqual([{ start: 0, end: 3, text: "abc", claimIds: [] }]);
  });
});
