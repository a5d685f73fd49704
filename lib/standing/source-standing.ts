// Where one source's figure sits against the consensus of the others, judged
// by the same test as the relations (verdict.ts): within when its figure
// agrees with the consensus range, else above or below it.
import { compareFigures } from "./verdict";

export type Standing = "denies" | "above" | "below" | "within" | "alone" | "no figure";

export interface StandingInput {
  stance: string;
  /** The figure's range (high is Infinity for an open floor, "at least 30"); a point when absent. */
  low?: number | null;
  high?: number | null;
  point: number | null;
  consensus: { low: number; high: number } | null;
  /** Sources giving a figure on the question. */
  sourceCount: number;
}

export function sourceStanding({ stance, low, high, point, consensus, sourceCount }: StandingInput): Standing {
  if (stance === "denies") return "denies";
  if (point === null) return "no figure";
  if (sourceCount <= 1 || !consensus) return "alone";
  const figure = { low: low ?? point, high: high ?? point };
  if (compareFigures(figure, consensus).agrees) return "within";
  return figure.low > consensus.high ? "above" : "below";
}

export const STANDING_WORDS: Record<Standing, string> = {
  denies: "denies it",
  above: "above the consensus",
  below: "below the consensus",
  within: "within the consensus",
  alone: "the only source",
  "no figure": "gives no figure",
};

export interface StoredFigure {
  stance: string;
  qualifier: string;
  low: number | null;
  best: number | null;
  high: number | null;
  point: number | null;
  /** Set by reconcile; older stored rows lack it. */
  standing?: Standing;
  narrower?: unknown;
}

/** A stored source figure's standing: the one reconcile judged, or the same verdict on its stated range. */
export function figureStanding(figure: StoredFigure, consensus: { low: number; high: number } | null, sourceCount: number): Standing {
  if (figure.standing) return figure.standing;
  const range = figure.point === null ? null : storedRange(figure, figure.point);
  return sourceStanding({ stance: figure.stance, low: range?.low, high: range?.high, point: figure.point, consensus, sourceCount });
}

/**
 * The range a stored figure stands for, its point where it states no bound:
 * an open floor ("at least 30", "thousands") reaches Infinity, a cap ("up to
 * 500") starts at 0.
 */
export function storedRange(figure: Omit<StoredFigure, "standing">, point: number): { low: number; high: number } {
  const { qualifier, best } = figure;
  const open = qualifier === "at_least" || (qualifier === "vague" && best === null && figure.high === null);
  const capped = qualifier === "at_most" || qualifier === "up_to";
  return {
    low: figure.low ?? (capped ? 0 : point),
    high: open ? Infinity : (figure.high ?? point),
  };
}
