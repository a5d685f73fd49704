// Independent sources compared pairwise on their most recent distinct
// figures: agreement within tolerance, contradiction beyond it when the
// figures describe the same moment, and every denial against every figure.
import { AGREEMENT_TOLERANCE, MAX_SOURCES_COMPARED } from "../conventions";
import { sameTime } from "../dates";
import { sourceFigure } from "../format";
import { percent, relativeGap } from "./agreement";
import { type RelationList } from "./relation-list";
import { type FigureBucket, type SourceProfile } from "./source-profiles";

export interface ComparisonTally {
  /** Pairs of sources compared (each pair once). */
  comparedPairs: number;
  /** Pairs with at least one contradiction, denials included. */
  contradictingPairs: number;
  /** Contradictions between two figures (denials excluded). */
  figureContradictions: number;
}

function compareFigures(a: FigureBucket, b: FigureBucket, relations: RelationList): "agrees" | "contradicts" | null {
  const left = a.original;
  const right = b.original;
  const gap = relativeGap(left, right);
  if (gap <= AGREEMENT_TOLERANCE) {
    relations.add("agrees", () => {
      const why = gap === 0 ? "their ranges overlap" : `they are ${percent(gap)} apart, within the ${percent(AGREEMENT_TOLERANCE)} tolerance`;
      return { claims: [left.id, right.id], explanation: `${sourceFigure(left)} and ${sourceFigure(right)} agree: ${why}.` };
    });
    return "agrees";
  }
  if (!sameTime(left.days, right.days)) return null; // change over time, not a conflict
  relations.add("contradicts", () => ({
    claims: [left.id, right.id],
    explanation: `${sourceFigure(left)} and ${sourceFigure(right)} contradict each other: ${percent(gap)} apart for the same scope and time, beyond the ${percent(AGREEMENT_TOLERANCE)} tolerance.`,
  }));
  return "contradicts";
}

function denialAgainst(denial: FigureBucket, figure: FigureBucket, relations: RelationList): void {
  relations.add("contradicts", () => ({
    claims: [denial.original.id, figure.original.id],
    explanation: `${denial.original.sourceName} denies what ${sourceFigure(figure.original)} asserts.`,
  }));
}

/** The most prolific sources when a question has more than the cap; ties by key for stability. */
function sourcesToCompare(profiles: readonly SourceProfile[]): SourceProfile[] {
  const comparable = profiles.filter((profile) => profile.recent.length > 0 || profile.denials.length > 0);
  if (comparable.length <= MAX_SOURCES_COMPARED) return comparable;
  return [...comparable]
    .sort((a, b) => b.claimCount - a.claimCount || (a.sourceKey < b.sourceKey ? -1 : 1))
    .slice(0, MAX_SOURCES_COMPARED)
    .sort((a, b) => (a.sourceKey < b.sourceKey ? -1 : 1));
}

export function compareSources(profiles: readonly SourceProfile[], relations: RelationList): ComparisonTally {
  const selected = sourcesToCompare(profiles);
  const tally: ComparisonTally = { comparedPairs: 0, contradictingPairs: 0, figureContradictions: 0 };
  for (let i = 0; i < selected.length; i++) {
    for (let j = i + 1; j < selected.length; j++) {
      const first = selected[i]!;
      const second = selected[j]!;
      let contradicted = false;
      for (const a of first.recent)
        for (const b of second.recent) {
          if (compareFigures(a, b, relations) !== "contradicts") continue;
          contradicted = true;
          tally.figureContradictions += 1;
        }
      for (const [denier, asserter] of [[first, second], [second, first]] as const) {
        for (const denial of denier.denials)
          for (const figure of asserter.recent) {
            denialAgainst(denial, figure, relations);
            contradicted = true;
          }
      }
      tally.comparedPairs += 1;
      if (contradicted) tally.contradictingPairs += 1;
    }
  }
  return tally;
}
