// Turns one analysed question into the output shape: the row per source,
// spread, consensus, conflict score, dates and the summary line.
import { type ClaimFacts } from "./claim-facts";
import { conflictScore } from "./conflict-score";
import { consensusOf, type Estimate } from "./consensus";
import { questionLabel } from "./label";
import { type QuestionAnalysis } from "./relations/analysis";
import { type SourceProfile } from "./relations/source-profiles";
import { summarize } from "./summary";
import { type Question, type SourceFigure } from "./types";

function sourceRow(profile: SourceProfile): SourceFigure {
  const fact = profile.latest;
  const { claim } = fact;
  return {
    sourceId: claim.source?.id ?? null,
    sourceName: profile.sourceName,
    low: claim.value.low,
    best: claim.value.best,
    high: claim.value.high,
    point: fact.point,
    qualifier: claim.qualifier,
    stance: claim.stance,
    claimId: fact.id,
    date: fact.date,
    claimCount: profile.claimCount,
  };
}

function dateSpan(members: readonly ClaimFacts[]): { firstDate: string | null; lastDate: string | null } {
  let first: ClaimFacts | null = null;
  let last: ClaimFacts | null = null;
  for (const fact of members) {
    if (fact.days === null) continue;
    if (first === null || fact.days[0] < first.days![0]) first = fact;
    if (last === null || fact.days[1] > last.days![1]) last = fact;
  }
  return { firstDate: first?.date ?? null, lastDate: last?.date ?? null };
}

const byName = (a: SourceFigure, b: SourceFigure) => a.sourceName.localeCompare(b.sourceName, "en") || a.claimId - b.claimId;

export function buildQuestion(analysis: QuestionAnalysis): Question {
  const { draft, profiles, tally } = analysis;
  const sources = profiles.map(sourceRow).sort(byName);
  const asserting = profiles.filter((profile) => !profile.latest.denies && profile.latest.point !== null);
  const estimates: Estimate[] = asserting.map(({ latest, sourceName }) => ({ sourceName, low: latest.low, high: latest.high, point: latest.point! }));
  let spread: Question["spread"] = null;
  for (const { point } of estimates) {
    spread = spread === null ? { low: point, high: point } : { low: Math.min(spread.low, point), high: Math.max(spread.high, point) };
  }
  const denying = profiles.filter((profile) => profile.latest.denies);
  const names = (list: SourceProfile[]) => list.map((profile) => profile.sourceName).sort((a, b) => a.localeCompare(b, "en"));
  return {
    id: draft.id,
    label: questionLabel(draft.key),
    category: draft.key.category,
    unit: draft.key.unit,
    scope: { place: draft.key.place, group: draft.key.group, state: draft.key.state },
    subject: draft.key.subject,
    parentId: draft.parentId,
    claimIds: draft.members.map((fact) => fact.id),
    sources,
    spread,
    consensus: consensusOf(estimates),
    conflictScore: conflictScore({
      comparedPairs: tally.comparedPairs,
      contradictingPairs: tally.contradictingPairs,
      points: estimates.map((estimate) => estimate.point),
      hasDenial: profiles.some((profile) => profile.denials.length > 0),
      hasAssertion: profiles.some((profile) => profile.recent.length > 0),
    }),
    sourceCount: profiles.length,
    ...dateSpan(draft.members),
    claimCount: draft.members.length,
    summary: summarize({
      sourceCount: profiles.length,
      assertingNames: names(asserting),
      denyingNames: names(denying),
      spread,
      sumNotes: analysis.sumNotes,
      figureContradictions: tally.figureContradictions,
    }),
    relations: analysis.relations.relations(),
    relationCounts: analysis.relations.counts(),
  };
}

