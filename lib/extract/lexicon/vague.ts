// How vague quantities become numbers. ONE convention, used in both languages:
//
// - A bare plural scale ("milliers", "thousands", "des dizaines de milliers",
//   "tens of thousands") means at least one unit of that scale and has no upper
//   bound: low = scale, best = null, high = null. ("millions d'obus" → 1,000,000–open.)
//   Read strictly, "thousands" means two thousand or more; the looser floor is
//   kept because writers use the plural for 1,500 as readily as for 2,000.
// - A scale counted by "plusieurs", "quelques", "several", "a few" is bounded
//   on both sides: low = 2 × scale, high = 10 × scale − 1, best = null.
//   ("plusieurs milliers" → 2,000–9,999: a writer with 10,000 would say
//   "des dizaines de milliers".)
// - Collective nouns ("une douzaine", "une centaine", "a dozen") are
//   approximations of their value: low = best = high = value, qualifier approx.
// best stays null for vague quantities: a midpoint would invent a precision the
// text does not give, and reconciliation compares ranges.
import type { VagueScale } from "./types";

export const FR_VAGUE_SCALES: VagueScale[] = [
  { plural: "dizaines", value: 10 },
  { plural: "centaines", value: 100 },
  { plural: "milliers", value: 1000 },
  { plural: "millions", value: 1e6 },
  { plural: "milliards", value: 1e9 },
];

export const EN_VAGUE_SCALES: VagueScale[] = [
  { plural: "tens", value: 10 },
  { plural: "dozens", singular: "dozen", value: 12 },
  { plural: "scores", value: 20 },
  { plural: "hundreds", singular: "hundred", value: 100 },
  { plural: "thousands", singular: "thousand", value: 1000 },
  { plural: "millions", singular: "million", value: 1e6 },
  { plural: "billions", singular: "billion", value: 1e9 },
];

export interface VagueBounds {
  low: number;
  high: number | null;
}

export function vagueBounds(scale: number, bounded: boolean): VagueBounds {
  return bounded ? { low: 2 * scale, high: 10 * scale - 1 } : { low: scale, high: null };
}
