// "Toulouse (6.000 selon la police, 20.000 selon les organisateurs), Bordeaux
// (3.000 à 13.000), le Havre (7.400 à 30.000)": once a bracket of a sentence
// has given two figures each with its speaker, a later bracket of two figures
// joined by "à"/"to" repeats that pair — the first speaker's figure, then the
// second's — and is no range.
import type { Quantity } from "./quantities";
import { openingParenthesis } from "./text";

/** The indices, among a sentence's figures, of the two credited figures of one bracket. */
export interface CreditedPair {
  first: number;
  second: number;
}

interface Placed {
  quantity: Quantity;
}

/** The pair the last two figures make: in one bracket, each followed at once by its credit cue. */
export function creditedPairAt(figures: readonly Placed[], text: string, creditedAfter: RegExp): CreditedPair | null {
  const second = figures.length - 1;
  const a = figures[second - 1]?.quantity;
  const b = figures[second]?.quantity;
  if (!a || !b) return null;
  const bracket = openingParenthesis(text, a.start);
  if (bracket < 0 || openingParenthesis(text, b.start) !== bracket) return null;
  const credited = (q: Quantity) => creditedAfter.test(text.slice(q.end, q.end + 40));
  return credited(a) && credited(b) ? { first: second - 1, second } : null;
}

/** A range alone in its brackets, "(3.000 à 13.000)", read as the pair's two figures. */
export function pairedFigures(range: Quantity, text: string): [Quantity, Quantity] | null {
  if (range.kind !== "range" || range.cores.length !== 2 || range.start !== range.coreStart) return null;
  if (!/\([\s\u00A0]*$/u.test(text.slice(Math.max(0, range.start - 3), range.start))) return null;
  if (!/^[\s\u00A0]*\)/u.test(text.slice(range.end, range.end + 3))) return null;
  const [low, high] = range.cores.map((core): Quantity => {
    const value = core.value ?? 0;
    return { start: core.start, end: core.end, coreStart: core.start, kind: core.kind, cores: [core], value: { low: value, best: value, high: value }, qualifier: "exact" };
  });
  return low && high ? [low, high] : null;
}
