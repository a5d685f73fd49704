// The reconciliation contract: plain objects in, plain objects out, so the
// same result feeds the database writer, the HTTP API and the charts.
import { type Category, type ExtractedClaim, type Qualifier, type Stance } from "../claims/claim";
import { type Standing } from "../standing/source-standing";

/** What grouping needs of a stored claim: its figure, scope, source and date, and where it was read (not its text). */
export type ReconcileClaim = Pick<ExtractedClaim, "value" | "qualifier" | "unit" | "category" | "scope" | "subject" | "source" | "asOf" | "stance"> & {
  id: number;
  articleId: number;
  outlet: string | null;
  published: string | null;
};

export const RELATION_TYPES = ["repeat", "part_of", "sum", "update", "agrees", "contradicts"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** True when an analyst marked this relation between two claims as wrong (either order): reconcile neither lists nor counts it. */
export type RelationVeto = (type: RelationType, a: number, b: number) => boolean;

export interface Relation {
  type: RelationType;
  /** Claim ids, in the order the explanation names them. */
  claims: number[];
  explanation: string;
}

/** One independent source's figure in a question: its latest claim. */
export interface SourceFigure {
  /** Agency id; null when the article speaks in its own voice. */
  sourceId: string | null;
  sourceName: string;
  low: number | null;
  best: number | null;
  high: number | null;
  /** The value a chart plots: best, else derived from low/high (see claim-facts.ts). */
  point: number | null;
  qualifier: Qualifier;
  stance: Stance;
  claimId: number;
  /** asOf, else the article's publication date. */
  date: string | null;
  /** How many claims of this question the source has, repeats included. */
  claimCount: number;
  /** Against the consensus, by the same verdict as the relations (lib/standing). */
  standing?: Standing;
  /**
   * Set on a figure brought up from a narrower question (the Pentagon's 10,000
   * in the Kursk region, shown beside the figures for Russia): a part, not an
   * estimate of this question's total, so it is left out of the consensus,
   * the spread and the counts.
   */
  narrower?: { questionId: string; scope: string };
}

export const CONSENSUS_METHODS = ["single-source", "intersection", "majority-overlap", "median-mad"] as const;
export type ConsensusMethod = (typeof CONSENSUS_METHODS)[number];

export interface Consensus {
  low: number;
  best: number;
  high: number;
  method: ConsensusMethod;
  explanation: string;
}

export interface QuestionScope {
  place: string | null;
  group: string | null;
  /** Only a state that marks part of a total ("already there"); other states are merged (see vocabulary.ts). */
  state: string | null;
}

export interface Question {
  /** Slug of the grouping key, stable across runs: `deployed-soldiers-north-korean-russia`. */
  id: string;
  label: string;
  category: Category;
  unit: string;
  scope: QuestionScope;
  subject: string | null;
  /** The nearest wider question (Kursk region ⊂ Russia, first contingent ⊂ whole). */
  parentId: string | null;
  claimIds: number[];
  sources: SourceFigure[];
  /** Smallest and largest plotted value among the sources' latest assertions. */
  spread: { low: number; high: number } | null;
  consensus: Consensus | null;
  /** 0 (uncontested) … 1 (most contested); see conflict-score.ts. */
  conflictScore: number;
  sourceCount: number;
  firstDate: string | null;
  lastDate: string | null;
  claimCount: number;
  summary: string;
  /** Capped per type (see conventions.ts); relationCounts holds the full counts. */
  relations: Relation[];
  relationCounts: Record<RelationType, number>;
}

export interface Membership {
  claimId: number;
  questionId: string;
  reason: string;
}

export interface ReconcileResult {
  questions: Question[];
  memberships: Membership[];
}
