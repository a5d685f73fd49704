// Independent sources compared pairwise on their most recent distinct
// figures: agreement within tolerance, contradiction beyond it when the
// figures describe the same moment, and every denial against every figure.
import { type Verdict } from "../../standing/verdict";
import { type ClaimFacts } from "../claim-facts";
import { type RelationVeto } from "../types";
import { AGREEMENT_TOLERANCE, CUMULATIVE_CATEGORIES, MAX_SOURCES_COMPARED, SAME_TIME_WINDOW_DAYS } from "../conventions";
import { sameTime } from "../dates";
import { dated, formatFigure, sourceFigure } from "../format";
import { percent, verdictOf } from "./agreement";
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

function agreementReason(left: ClaimFacts, right: ClaimFacts, verdict: Verdict): string {
  if (verdict.by === "tolerance") {
    return verdict.gap === 0 ? "the same figure" : `two rounded figures ${percent(verdict.gap)} apart, within the ${percent(AGREEMENT_TOLERANCE)} tolerance`;
  }
  const [point, range] = left.low === left.high ? [left, right] : right.low === right.high ? [right, left] : [null, null];
  if (point && range) return `${formatFigure(point)} lies within ${formatFigure(range)}`;
  return "their ranges overlap";
}

function contradictionReason(left: ClaimFacts, right: ClaimFacts, verdict: Verdict): string {
  if (verdict.by === "tolerance") return `${percent(verdict.gap)} apart for the same scope and time, beyond the ${percent(AGREEMENT_TOLERANCE)} tolerance`;
  const [lower, upper] = (left.high ?? 0) < (right.low ?? 0) ? [left, right] : [right, left];
  return `${formatFigure(lower)} stops below ${formatFigure(upper)}: their ranges do not overlap, for the same scope and time`;
}

/** Different days, both known: in a cumulative count, the later day's figure is a new state of the toll. */
function differentDays(a: ClaimFacts, b: ClaimFacts): boolean {
  return a.days !== null && b.days !== null && !sameTime(a.days, b.days, 0);
}

function compareFigures(a: FigureBucket, b: FigureBucket, relations: RelationList, cumulative: boolean, vetoed: RelationVeto): "agrees" | "contradicts" | "update" | null {
  const left = a.original;
  const right = b.original;
  const verdict = verdictOf(left, right);
  if (verdict.agrees) {
    if (vetoed("agrees", left.id, right.id)) return null;
    relations.add("agrees", () => ({ claims: [left.id, right.id], explanation: `${sourceFigure(left)} and ${sourceFigure(right)} agree: ${agreementReason(left, right, verdict)}.` }));
    return "agrees";
  }
  if (cumulative && differentDays(left, right)) {
    const [earlier, later] = left.days![0] <= right.days![0] ? [left, right] : [right, left];
    if ((later.point ?? 0) >= (earlier.point ?? 0)) {
      relations.add("update", () => ({
        claims: [earlier.id, later.id],
        explanation: `${sourceFigure(earlier)}${dated(earlier)} then ${sourceFigure(later)}${dated(later)}: a toll that grew from one day to the next, a later count rather than a conflict.`,
      }));
      return "update";
    }
  }
  if (!sameTime(left.days, right.days, cumulative ? 0 : SAME_TIME_WINDOW_DAYS)) return null; // change over time, not a conflict
  if (vetoed("contradicts", left.id, right.id)) return null;
  relations.add("contradicts", () => ({
    claims: [left.id, right.id],
    explanation: `${sourceFigure(left)} and ${sourceFigure(right)} contradict each other: ${contradictionReason(left, right, verdict)}.`,
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

export function compareSources(profiles: readonly SourceProfile[], relations: RelationList, category = "", vetoed: RelationVeto = () => false): ComparisonTally {
  const cumulative = CUMULATIVE_CATEGORIES.has(category);
  const selected = sourcesToCompare(profiles);
  const tally: ComparisonTally = { comparedPairs: 0, contradictingPairs: 0, figureContradictions: 0 };
  for (let i = 0; i < selected.length; i++) {
    for (let j = i + 1; j < selected.length; j++) {
      const first = selected[i]!;
      const second = selected[j]!;
      let contradicted = false;
      for (const a of first.recent)
        for (const b of second.recent) {
          if (compareFigures(a, b, relations, cumulative, vetoed) !== "contradicts") continue;
          contradicted = true;
          tally.figureContradictions += 1;
        }
      for (const [denier, asserter] of [[first, second], [second, first]] as const) {
        for (const denial of denier.denials)
          for (const figure of asserter.recent) {
            if (vetoed("contradicts", denial.original.id, figure.original.id)) continue;
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
