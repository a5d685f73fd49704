import { describe, expect, it } from "vitest";
import { type ClaimAnchor } from "./decisions";
import { matchAnchor, type MatchCandidate } from "./match";

const exact = (n: number | null) => ({ low: n, best: n, high: n });
const anchor: ClaimAnchor = { claimId: 7, articleId: 1, start: 100, end: 120, figure: exact(11000) };
const claim = (id: number, start: number, end: number, value = exact(11000), articleId = 1): MatchCandidate => ({ id, articleId, start, end, value });

describe("finding a decision's claim among new rows", () => {
  const cases: { name: string; candidates: MatchCandidate[]; corrected?: ReturnType<typeof exact>; expected: number | null }[] = [
    { name: "the same span under a new id", candidates: [claim(42, 100, 120)], expected: 42 },
    { name: "a span that grew by a word", candidates: [claim(42, 96, 125)], expected: 42 },
    { name: "a span that shrank", candidates: [claim(42, 104, 112)], expected: 42 },
    { name: "a span next to it but not overlapping", candidates: [claim(42, 120, 140)], expected: null },
    { name: "the same span in another article", candidates: [claim(42, 100, 120, exact(11000), 2)], expected: null },
    { name: "the same span read as another figure", candidates: [claim(42, 100, 120, exact(1100))], expected: null },
    { name: "the figure the analyst corrected it to", candidates: [claim(42, 100, 120, exact(12000))], corrected: exact(12000), expected: 42 },
    { name: "two overlapping: the wider overlap wins", candidates: [claim(41, 90, 104), claim(42, 102, 130)], expected: 42 },
    { name: "equal overlap: the nearer start wins", candidates: [claim(41, 80, 110), claim(42, 110, 140)], expected: 42 },
    { name: "a denial where the figure was", candidates: [claim(42, 100, 120, exact(null))], expected: null },
  ];
  it.each(cases)("$name", ({ candidates, corrected, expected }) => {
    expect(matchAnchor(anchor, candidates, corrected)?.id ?? null).toBe(expected);
  });

  it("a denial's anchor finds the denial", () => {
    const denial: ClaimAnchor = { ...anchor, figure: exact(null) };
    expect(matchAnchor(denial, [claim(42, 100, 120, exact(null)), claim(43, 100, 120)])?.id).toBe(42);
  });
});
