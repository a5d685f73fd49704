// Per-question working state shared by the relation finders.
import { type QuestionDraft } from "../group";
import { type ComparisonTally } from "./compare-sources";
import { type RelationList } from "./relation-list";
import { type SourceProfile } from "./source-profiles";

export interface QuestionAnalysis {
  draft: QuestionDraft;
  profiles: SourceProfile[];
  bySource: Map<string, SourceProfile>;
  relations: RelationList;
  tally: ComparisonTally;
  /** "NIS's 3,000 + 7,000 = 10,000", for the summary line. */
  sumNotes: string[];
}

/** Marks a part already explained by a sum, so it is not also listed as part_of the same total. */
export const partTotalKey = (partId: number, totalId: number) => `${partId}>${totalId}`;
