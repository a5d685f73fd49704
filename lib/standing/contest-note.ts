// The word a question's meter shows where "contested: none" or "high" would mislead.
import { compareFigures } from "./verdict";

interface ContestFigure {
  stance: string;
  qualifier: string;
  low: number | null;
  best: number | null;
  high: number | null;
  point: number | null;
  narrower?: unknown;
}

function rangeOf(f: ContestFigure): { low: number; high: number } {
  const open = f.qualifier === "at_least" || (f.qualifier === "vague" && f.best === null && f.high === null);
  const low = f.low ?? f.point ?? 0;
  return { low, high: open ? Infinity : (f.high ?? f.point ?? low) };
}

/**
 * What the meter's word cannot say by itself: a question with one source is
 * "single source", not "contested: none" (which reads like "corroborated");
 * one whose figures all agree and is contested only because someone denies it
 * says so. Null when the level word is right.
 */
export function contestNote(sources: readonly ContestFigure[]): string | null {
  const own = sources.filter((s) => !s.narrower);
  const figures = own.filter((s) => s.stance !== "denies" && s.point !== null);
  const denials = own.length - figures.length;
  if (denials === 0) return figures.length <= 1 ? "single source" : null;
  if (figures.length === 0) return "a denial only";
  const ranges = figures.map(rangeOf);
  const agreeing = ranges.every((a, i) => ranges.slice(i + 1).every((b) => compareFigures(a, b).agrees));
  return agreeing ? "contested only by denials" : null;
}
