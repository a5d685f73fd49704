// The one test of whether two figures say the same thing, shared by the
// cross-source comparison and the docs: the gap between their ranges,
// relative to the larger figure, against AGREEMENT_TOLERANCE.
import { type ClaimFacts } from "../claim-facts";

/**
 * 0 when the ranges overlap; otherwise the gap between them divided by the
 * larger lower bound: 10,000 vs 11,000 → 0.09; 5,000 vs 50,000 → 0.9.
 */
export function relativeGap(a: ClaimFacts, b: ClaimFacts): number {
  const aLow = a.low ?? a.point ?? 0;
  const bLow = b.low ?? b.point ?? 0;
  const aHigh = a.high ?? a.point ?? aLow;
  const bHigh = b.high ?? b.point ?? bLow;
  const floor = Math.max(aLow, bLow);
  const gap = Math.max(0, floor - Math.min(aHigh, bHigh));
  return gap === 0 || floor <= 0 ? 0 : gap / floor;
}

export function percent(fraction: number): string {
  const rounded = Math.round(fraction * 100);
  return rounded === 0 && fraction > 0 ? "under 1%" : `${rounded}%`;
}
