// The word a question's meter shows where "contested: none" or "high" would mislead.
import { type StoredFigure, storedRange } from "./source-standing";
import { compareFigures } from "./verdict";

type ContestFigure = Omit<StoredFigure, "standing">;

/**
 * What the meter's word cannot say by itself: a question with one source is
 * "single source", not "contested: none" (which reads like "corroborated");
 * one whose figures all agree and is contested only because someone denies it
 * says so. Null when the level word is right.
 */
export function contestNote(sources: readonly ContestFigure[]): string | null {
  const own = sources.filter((s) => !s.narrower);
  const figures = own.flatMap((s) => (s.stance !== "denies" && s.point !== null ? [{ ...s, point: s.point }] : []));
  const denials = own.length - figures.length;
  if (denials === 0) return figures.length <= 1 ? "single source" : null;
  if (figures.length === 0) return "a denial only";
  const ranges = figures.map((f) => storedRange(f, f.point));
  const agreeing = ranges.every((a, i) => ranges.slice(i + 1).every((b) => compareFigures(a, b).agrees));
  return agreeing ? "contested only by denials" : null;
}
