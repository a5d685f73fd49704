import { describe, expect, it } from "vitest";
import { capHighlights, segmentText, type HighlightSpan } from "./highlight";

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

  it("gives, on random overlapping spans, what comparing every cut with every span gives", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const text = "x".repeat(500);
    const spans: HighlightSpan[] = Array.from({ length: 200 }, (_, i) => {
      const start = random(520) - 10;
      return { start, end: start + random(60), claimId: i % 37 };
    });
    const naive = (() => {
      const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
      const points = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
      return points.slice(0, -1).map((start, i) => {
        const end = points[i + 1]!;
        return { start, end, text: text.slice(start, end), claimIds: [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.claimId))] };
      });
    })();
    expect(segmentText(text, spans)).toEqual(naive);
  });

  it("splits a 1.2 MB article at 20,000 mentions in well under a second, not in minutes", () => {
    const sentence = "Selon Séoul, 3 000 soldats nord-coréens sont en Russie depuis octobre. ";
    const text = sentence.repeat(20_000);
    const spans = Array.from({ length: 20_000 }, (_, i) => ({ start: i * sentence.length + 13, end: i * sentence.length + 18, claimId: i % 50 }));
    const started = performance.now();
    const segments = segmentText(text, spans);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(segments.filter((s) => s.claimIds.length)).toHaveLength(20_000);
  });

  it("caps what one page marks, in reading order, and says how many there were", () => {
    const spans = [5, 1, 3, 2, 4].map((start) => ({ start, end: start + 1, claimId: start }));
    expect(capHighlights(spans, 3)).toEqual({ shown: [1, 2, 3].map((start) => ({ start, end: start + 1, claimId: start })), total: 5 });
  });
});
