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
