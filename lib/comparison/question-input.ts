// What a question's comparison table is built from: the stored question, its
// narrower questions, and the claims its figures and relations name.
import type { Consensus, Relation, SourceFigure } from "../reconcile/types";

export interface ComparisonClaim {
  id: number;
  sourceId: string | null;
  stance: string;
  low: number | null;
  high: number | null;
  quote: string;
  outlet: string | null;
  articleTitle: string;
  articleUrl: string | null;
  published: string | null;
  asOf: string | null;
}

export interface ComparedQuestion {
  id: string;
  label: string;
  unit: string;
  scope: { place: string | null; group: string | null; state: string | null };
  sources: SourceFigure[];
  consensus: Consensus | null;
  sourceCount: number;
  relations: Relation[];
}

/** How widely one source's figures on the question were carried. */
export interface SourceReach {
  articles: number;
  outlets: number;
}

export interface QuestionComparisonInput {
  question: ComparedQuestion;
  /** The narrower questions (a region, a first contingent, a part already there). */
  parts: ComparedQuestion[];
  /** Every claim a figure or a relation of the question or its parts names. */
  claims: ReadonlyMap<number, ComparisonClaim>;
  /** By voice key (see voiceKey), over the question and its parts. */
  reach: ReadonlyMap<string, SourceReach>;
  articleCount: number;
  exportedAt: Date;
}

/** One key per independent voice: the agency, else the outlet speaking for itself. */
export function voiceKey(sourceId: string | null, outlet: string | null): string {
  return sourceId ?? `own:${outlet ?? ""}`;
}
