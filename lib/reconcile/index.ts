// reconcile(): claims in, questions and memberships out. Pure and
// deterministic: the same claims in any order give the same result.
//
// Steps: describe each claim (source, range, date) → group into questions →
// per question, profile the sources and find repeats, updates, agreements and
// contradictions → across questions, sums (stored on the total's question)
// and part_of (stored on the narrower question) → assemble and rank.
import { buildQuestion } from "./build-question";
import { describeClaims } from "./claim-facts";
import { groupClaims, type Relocate } from "./group";
import { addNarrowerPlaceFigures } from "./narrower-places";
import { type QuestionAnalysis } from "./relations/analysis";
import { compareSources } from "./relations/compare-sources";
import { findParts } from "./relations/part-of";
import { createRelationList } from "./relations/relation-list";
import { findRepeats } from "./relations/repeat";
import { profileSources } from "./relations/source-profiles";
import { findSums } from "./relations/sum";
import { findUpdates } from "./relations/update";
import { type ReconcileClaim, type ReconcileResult, type RelationVeto } from "./types";

export interface ReconcileOptions {
  /** Analysts' placements laid over the grouping (see lib/review). */
  relocate?: Relocate;
  /** Relations analysts marked wrong: left out of the conflict score, and read the other way by the consensus. */
  vetoed?: RelationVeto;
}

const NO_VETO: RelationVeto = () => false;

export function reconcile(claims: readonly ReconcileClaim[], options: ReconcileOptions = {}): ReconcileResult {
  const vetoed = options.vetoed ?? NO_VETO;
  const facts = describeClaims(claims);
  const { drafts, memberships } = groupClaims(facts, options.relocate);

  const analyses = new Map<string, QuestionAnalysis>();
  for (const draft of drafts) {
    const profiles = profileSources(draft.members);
    const relations = createRelationList();
    findRepeats(profiles, relations);
    findUpdates(profiles, relations);
    const tally = compareSources(profiles, relations, draft.key.category, vetoed);
    const bySource = new Map(profiles.map((profile) => [profile.sourceKey, profile]));
    analyses.set(draft.id, { draft, profiles, bySource, relations, tally, sumNotes: [] });
  }

  const explainedBySums = new Set<string>();
  for (const analysis of analyses.values()) if (analysis.draft.childIds.length > 0) findSums(analysis, analyses, explainedBySums);
  for (const analysis of analyses.values()) if (analysis.draft.widerIds.length > 0) findParts(analysis, analyses, explainedBySums);

  const questions = [...analyses.values()].map((analysis) => {
    const question = buildQuestion(analysis, vetoed);
    if (analysis.draft.childIds.length > 0) addNarrowerPlaceFigures(question, analysis, analyses);
    return question;
  });
  // Most contested first; the id breaks ties so the order never depends on input order.
  questions.sort((a, b) => b.conflictScore - a.conflictScore || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { questions, memberships };
}

export { AGREEMENT_TOLERANCE, SUM_TOLERANCE, SAME_TIME_WINDOW_DAYS } from "./conventions";
export { CONFLICT_WEIGHTS } from "./conflict-score";
export type * from "./types";
export type { Relocate } from "./group";
export type { RelationVeto } from "./types";
export { RELATION_TYPES, CONSENSUS_METHODS } from "./types";
