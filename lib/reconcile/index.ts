// reconcile(): claims in, questions and memberships out. Pure and
// deterministic: the same claims in any order give the same result.
//
// Steps: describe each claim (source, range, date) → group into questions →
// per question, profile the sources and find repeats, updates, agreements and
// contradictions → across questions, sums (stored on the total's question)
// and part_of (stored on the narrower question) → assemble and rank.
// groupForReconcile() and buildQuestions() are the two halves, for a caller
// that rebuilds only the questions a change can reach (affected.ts).
import { inputsOf } from "./affected";
import { buildQuestion } from "./build-question";
import { describeClaims, type ClaimFacts } from "./claim-facts";
import { groupClaims, type Grouping, type Relocate } from "./group";
import { addNarrowerPlaceFigures } from "./narrower-places";
import { type QuestionAnalysis } from "./relations/analysis";
import { compareSources } from "./relations/compare-sources";
import { findParts } from "./relations/part-of";
import { createRelationList } from "./relations/relation-list";
import { findRepeats } from "./relations/repeat";
import { profileSources } from "./relations/source-profiles";
import { findSums } from "./relations/sum";
import { findUpdates } from "./relations/update";
import { type Question, type ReconcileClaim, type ReconcileResult, type RelationVeto } from "./types";

export interface ReconcileOptions {
  /** Analysts' placements laid over the grouping (see lib/review). */
  relocate?: Relocate;
  /** Relations analysts marked wrong: left out of the conflict score, and read the other way by the consensus. */
  vetoed?: RelationVeto;
}

const NO_VETO: RelationVeto = () => false;

export interface Grouped {
  facts: ClaimFacts[];
  grouping: Grouping;
}

export function groupForReconcile(claims: readonly ReconcileClaim[], relocate?: Relocate): Grouped {
  const facts = describeClaims(claims);
  return { facts, grouping: groupClaims(facts, relocate) };
}

function analyse(draft: Grouping["drafts"][number], vetoed: RelationVeto): QuestionAnalysis {
  const profiles = profileSources(draft.members);
  const relations = createRelationList();
  findRepeats(profiles, relations);
  findUpdates(profiles, relations);
  const tally = compareSources(profiles, relations, draft.key.category, vetoed);
  const bySource = new Map(profiles.map((profile) => [profile.sourceKey, profile]));
  return { draft, profiles, bySource, relations, tally, sumNotes: [] };
}

/**
 * The questions of a grouping, in id order; `only` builds just those ids,
 * analysing no more than what they read (their children, wider questions and
 * the children of their parents), with the same result as a full build gives them.
 */
export function buildQuestions({ grouping }: Grouped, vetoed: RelationVeto = NO_VETO, only?: ReadonlySet<string>): Question[] {
  const inputs = only ? inputsOf(grouping.byId, only) : undefined;
  const analyses = new Map<string, QuestionAnalysis>();
  for (const draft of grouping.drafts) if (!inputs || inputs.analysed.has(draft.id)) analyses.set(draft.id, analyse(draft, vetoed));

  const explainedBySums = new Set<string>();
  for (const analysis of analyses.values()) {
    if (analysis.draft.childIds.length > 0 && (!inputs || inputs.summed.has(analysis.draft.id))) findSums(analysis, analyses, explainedBySums);
  }
  const built = [...analyses.values()].filter((analysis) => !only || only.has(analysis.draft.id));
  for (const analysis of built) if (analysis.draft.widerIds.length > 0) findParts(analysis, analyses, explainedBySums);

  return built.map((analysis) => {
    const question = buildQuestion(analysis, vetoed);
    if (analysis.draft.childIds.length > 0) addNarrowerPlaceFigures(question, analysis, analyses);
    return question;
  });
}

export function reconcile(claims: readonly ReconcileClaim[], options: ReconcileOptions = {}): ReconcileResult {
  const grouped = groupForReconcile(claims, options.relocate);
  const questions = rankQuestions(buildQuestions(grouped, options.vetoed ?? NO_VETO));
  return { questions, memberships: grouped.grouping.memberships };
}

/** Most contested first; the id breaks ties so the order never depends on input order. */
export function rankQuestions(questions: Question[]): Question[] {
  return questions.sort((a, b) => b.conflictScore - a.conflictScore || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export { AGREEMENT_TOLERANCE, SUM_TOLERANCE, SAME_TIME_WINDOW_DAYS } from "./conventions";
export { CONFLICT_WEIGHTS } from "./conflict-score";
export type * from "./types";
export type { Relocate } from "./group";
export type { RelationVeto } from "./types";
export { RELATION_TYPES, CONSENSUS_METHODS } from "./types";
