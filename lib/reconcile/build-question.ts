// Turns one analysed question into the output shape: the row per source,
// spread, consensus, conflict score, dates and the summary line.
import { sourceStanding } from "../standing/source-standing";
import { type ClaimFacts } from "./claim-facts";
import { conflictScore } from "./conflict-score";
import { consensusOf, type AgreementOverride, type Estimate } from "./consensus";
import { formatFigure, listNames } from "./format";
import { questionLabel } from "./label";
import { type QuestionAnalysis } from "./relations/analysis";
import { type SourceProfile } from "./relations/source-profiles";
import { SUMMARY_FIGURES, summarize } from "./summary";
import { type Consensus, type Question, type RelationVeto, type SourceFigure } from "./types";

export function sourceRow(profile: SourceProfile): SourceFigure {
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

/** Says how the denials were treated, so "3 of 3 sources" reads right under a header that counts 5. */
function withDenialNote(consensus: Consensus | null, denyingNames: readonly string[]): Consensus | null {
  if (consensus === null || denyingNames.length === 0) return consensus;
  const verb = denyingNames.length === 1 ? "denies" : "deny";
  const note = `${listNames(denyingNames)} ${verb} it and give${denyingNames.length === 1 ? "s" : ""} no figure: ${denyingNames.length === 1 ? "it is" : "they are"} left out of the range and counted as contradicting every figure.`;
  return { ...consensus, explanation: `${consensus.explanation} ${note}` };
}

/** A contradiction an analyst marked wrong lets the two figures stand together; an agreement marked wrong keeps them apart. */
function analystsAgreement(vetoed: RelationVeto): AgreementOverride {
  return (a, b) => {
    if (a.claimId === undefined || b.claimId === undefined) return undefined;
    if (vetoed("contradicts", a.claimId, b.claimId)) return true;
    if (vetoed("agrees", a.claimId, b.claimId)) return false;
    return undefined;
  };
}

export function buildQuestion(analysis: QuestionAnalysis, vetoed: RelationVeto = () => false): Question {
  const { draft, profiles, tally } = analysis;
  const asserting = profiles.filter((profile) => !profile.latest.denies && profile.latest.point !== null);
  const estimates: Estimate[] = asserting.map(({ latest, sourceName, claimCount, buckets }) => ({
    sourceName,
    low: latest.low,
    high: latest.high,
    point: latest.point!,
    stated: latest.claim.value.best !== null,
    // Named in the explanation of a small question only; the text costs time on large ones.
    text: asserting.length <= 12 ? formatFigure(latest) : undefined,
    weight: claimCount,
    // Relations name each figure by its bucket's original claim, so the analyst's verdict on them does too.
    claimId: buckets.find((bucket) => bucket.claims.includes(latest))?.original.id ?? latest.id,
  }));
  let spread: Question["spread"] = null;
  for (const { point } of estimates) {
    spread = spread === null ? { low: point, high: point } : { low: Math.min(spread.low, point), high: Math.max(spread.high, point) };
  }
  const denying = profiles.filter((profile) => profile.latest.denies);
  const names = (list: SourceProfile[]) => list.map((profile) => profile.sourceName).sort((a, b) => a.localeCompare(b, "en"));
  const consensus = withDenialNote(consensusOf(estimates, analystsAgreement(vetoed)), names(denying));
  const sources = profiles
    .map((profile): SourceFigure => {
      const row = sourceRow(profile);
      const { latest } = profile;
      const standing = sourceStanding({ stance: row.stance, low: latest.low, high: latest.high, point: row.point, consensus, sourceCount: estimates.length });
      return { ...row, standing };
    })
    .sort(byName);
  const largestFirst = [...asserting].sort((a, b) => b.latest.point! - a.latest.point! || (a.sourceName < b.sourceName ? -1 : a.sourceName > b.sourceName ? 1 : 0));
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
    consensus,
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
      figures: largestFirst.slice(0, SUMMARY_FIGURES).map((profile) => ({ sourceName: profile.sourceName, text: formatFigure(profile.latest) })),
      moreFigures: Math.max(0, largestFirst.length - SUMMARY_FIGURES),
      denyingNames: names(denying),
      sumNotes: analysis.sumNotes,
      partNotes: [],
      figureContradictions: tally.figureContradictions,
    }),
    relations: analysis.relations.relations(),
    relationCounts: analysis.relations.counts(),
  };
}


