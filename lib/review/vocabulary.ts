// Review's closed vocabularies, apart from the zod schemas so that browser
// code can use them without shipping zod.
export const REVIEW_STATUSES = ["unreviewed", "confirmed", "corrected", "rejected", "added"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REJECT_REASONS = ["not_a_figure", "other_story", "duplicate", "misread"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REJECT_REASON_LABELS: Record<RejectReason, string> = {
  not_a_figure: "not a figure",
  other_story: "other story",
  duplicate: "duplicate",
  misread: "misread",
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  unreviewed: "unreviewed",
  confirmed: "confirmed",
  corrected: "corrected",
  rejected: "rejected",
  added: "added by an analyst",
};

export const CLAIM_ACTIONS = ["confirm", "correct", "reject", "move", "add"] as const;
export const QUESTION_ACTIONS = ["rename", "merge", "split", "relation_wrong"] as const;
export const SOURCE_ACTIONS = ["source_rename", "source_set", "source_merge"] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];
export type QuestionAction = (typeof QUESTION_ACTIONS)[number];
export type SourceAction = (typeof SOURCE_ACTIONS)[number];
export type DecisionAction = ClaimAction | QuestionAction | SourceAction;

export const ACTION_LABELS: Record<DecisionAction | "undo", string> = {
  confirm: "confirmed the claim",
  correct: "corrected the claim",
  reject: "rejected the claim",
  move: "moved the claim to another question",
  add: "added a claim",
  rename: "renamed the question",
  merge: "merged the question into another",
  split: "split claims into a new question",
  relation_wrong: "marked a relation as wrong",
  source_rename: "renamed the source",
  source_set: "set the source's kind and country",
  source_merge: "merged the source into another",
  undo: "undid a decision",
};


/** The id of the question a split makes: stable, so links to it survive a regroup. */
export const splitQuestionId = (decision: { id: number; questionId: string }) => `${decision.questionId}--split-${decision.id}`;
