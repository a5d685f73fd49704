// What a question's comparison table is built from: the stored question, its
// narrower questions, and the claims its figures and relations name.
import type { Consensus, Relation, SourceFigure } from "../reconcile/types";

/** What a relation's phrase reads of a claim: whose voice it is and its figure. */
export interface ClaimVoice {
  id: number;
  sourceId: string | null;
  stance: string;
  low: number | null;
  high: number | null;
  outlet: string | null;
}

/** A row's lead claim, with what its citation cells show. */
export interface ComparisonClaim extends ClaimVoice {
  quote: string;
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
  /** Every claim a figure of the question or its parts names, with its citation. */
  claims: ReadonlyMap<number, ComparisonClaim>;
  /** The claims the relations of the question or its parts name where a phrase reads them (see relationClaimIds). */
  voices: ReadonlyMap<number, ClaimVoice>;
  /** By voice key (see voiceKey), over the question and its parts. */
  reach: ReadonlyMap<string, SourceReach>;
  articleCount: number;
  exportedAt: Date;
}

/** One key per independent voice: the agency, else the outlet speaking for itself. */
export function voiceKey(sourceId: string | null, outlet: string | null): string {
  return sourceId ?? `own:${outlet ?? ""}`;
}
