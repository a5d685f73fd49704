// The one test of whether two figures say the same thing. Every page and the
// API read it: a relation ("agrees", "contradicts"), a source's standing
// against the consensus and the consensus itself all come from here, so a
// figure cannot agree on one page and sit below the consensus on another.
//
// - Two points (an exact or approximate figure each) agree when they are at
//   most AGREEMENT_TOLERANCE apart, relative to the larger: agencies round
//   heavily ("about 10,000", "près de 11 000").
// - Anything with a range ("several thousand", "2,600–3,000", "at least 30",
//   "thousands") agrees with another figure when their ranges overlap, and not
//   otherwise. No tolerance: the bounds of "several thousand" (2,000–9,999)
//   are a reading convention, and a percentage distance from a convention's
//   bound ("9,999 vs 10,000, under 1% apart") would pretend to a precision no
//   source gave.

/** 15%: see lib/reconcile/conventions.ts, which re-exports it for the docs. */
export const AGREEMENT_TOLERANCE = 0.15;

export interface FigureRange {
  low: number;
  /** May be Infinity ("at least 30", "thousands"). */
  high: number;
}

export interface Verdict {
  agrees: boolean;
  /** "tolerance" when two points were compared, "overlap" when a range was. */
  by: "tolerance" | "overlap";
  /** Relative distance between two points (0 for ranges). */
  gap: number;
}

export const isPoint = (range: FigureRange) => range.low === range.high;

export function compareFigures(a: FigureRange, b: FigureRange): Verdict {
  if (isPoint(a) && isPoint(b)) {
    const larger = Math.max(Math.abs(a.low), Math.abs(b.low));
    const gap = larger === 0 ? 0 : Math.abs(a.low - b.low) / larger;
    return { agrees: gap <= AGREEMENT_TOLERANCE + 1e-12, by: "tolerance", gap };
  }
  return { agrees: a.low <= b.high && b.low <= a.high, by: "overlap", gap: 0 };
}

export function percent(fraction: number): string {
  const rounded = Math.round(fraction * 100);
  return rounded === 0 && fraction > 0 ? "under 1%" : `${rounded}%`;
}
