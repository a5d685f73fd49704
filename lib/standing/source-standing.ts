export type Standing = "denies" | "above" | "below" | "within" | "alone" | "no figure";

export interface StandingInput {
  stance: string;
  point: number | null;
  consensus: { low: number; high: number } | null;
  sourceCount: number;
}

/** Where one source's figure sits against the consensus of the others on the same question. */
export function sourceStanding({ stance, point, consensus, sourceCount }: StandingInput): Standing {
  if (stance === "denies") return "denies";
  if (point === null) return "no figure";
  if (sourceCount <= 1 || !consensus) return "alone";
  if (point > consensus.high) return "above";
  if (point < consensus.low) return "below";
  return "within";
}

export const STANDING_WORDS: Record<Standing, string> = {
  denies: "denies it",
  above: "above the consensus",
  below: "below the consensus",
  within: "within the consensus",
  alone: "the only source",
  "no figure": "gives no figure",
};
