// Decisions on claims laid over the machine's claims: the machine's fields are
// read, never changed; what comes out is each reviewed claim's effective
// fields and status, the claims analysts added, and the decisions whose claim
// is gone (orphans), which are kept and listed, never dropped.
import { type ClaimDecision, type ClaimFields, type RejectReason, type ReviewStatus } from "./decisions";
import { matchAnchor, sameFigure, type MatchCandidate } from "./match";

export interface MachineClaim extends MatchCandidate {
  fields: ClaimFields;
}

export interface ClaimOutcome {
  /** A machine claim's id, or for an added claim the negated id of the decision that added it. */
  id: number;
  machine: ClaimFields;
  fields: ClaimFields;
  status: ReviewStatus;
  rejectReason: RejectReason | null;
  /** The question an analyst moved the claim to, if any. */
  questionId: string | null;
  /** The decisions applied, in the order they were made. */
  decisionIds: number[];
}

export interface AddedClaim extends MachineClaim {
  decisionId: number;
  quote: string;
}

export interface ClaimReview {
  outcomes: Map<number, ClaimOutcome>;
  /** Added claims no machine claim matches: they are stored as claims of their own. */
  added: AddedClaim[];
  orphans: number[];
}

/** The id an added claim goes by until it is stored: negative, so it never meets a machine claim's id. */
export const addedClaimId = (decisionId: number) => -decisionId;

const correctedFigureOf = (decision: ClaimDecision) => (decision.action === "correct" ? decision.changes.value : undefined);

function addedClaimOf(decision: Extract<ClaimDecision, { action: "add" }>): AddedClaim {
  const { anchor } = decision;
  return {
    id: addedClaimId(decision.id),
    articleId: anchor.articleId,
    start: anchor.start,
    end: anchor.end,
    value: decision.fields.value,
    fields: decision.fields,
    decisionId: decision.id,
    quote: decision.quote,
  };
}

function differs(a: ClaimFields, b: ClaimFields): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

/** Folds one claim's decisions, oldest first, into its effective state. */
function foldDecisions(machine: ClaimFields, decisions: readonly ClaimDecision[], isAdded: boolean): Omit<ClaimOutcome, "id" | "machine"> {
  let fields = machine;
  let rejectReason: RejectReason | null = null;
  let confirmed = false;
  let added = isAdded;
  let questionId: string | null = null;
  for (const decision of decisions) {
    switch (decision.action) {
      case "confirm":
        confirmed = true;
        rejectReason = null;
        break;
      case "correct":
        fields = { ...fields, ...decision.changes };
        rejectReason = null;
        break;
      case "reject":
        rejectReason = decision.reason;
        break;
      case "move":
        questionId = decision.questionId;
        break;
      case "add":
        // The machine found the claim an analyst had added: the analyst's reading stands.
        fields = decision.fields;
        added = true;
        break;
    }
  }
  const status: ReviewStatus =
    // A claim moved to another question was corrected, in where it belongs.
    rejectReason !== null ? "rejected" : added ? "added" : differs(fields, machine) || questionId !== null ? "corrected" : confirmed ? "confirmed" : "unreviewed";
  return { fields, status, rejectReason, questionId, decisionIds: decisions.map((d) => d.id) };
}

/**
 * Applies decisions (in the order they were made) to the machine's claims.
 * Each decision finds its claim by anchor; a decision made on an added claim
 * finds that added claim the same way.
 */
export function applyClaimDecisions(machine: readonly MachineClaim[], decisions: readonly ClaimDecision[]): ClaimReview {
  const ordered = [...decisions].sort((a, b) => a.id - b.id);
  const byArticle = new Map<number, MachineClaim[]>();
  const addCandidate = (claim: MachineClaim) => {
    const list = byArticle.get(claim.articleId) ?? [];
    list.push(claim);
    byArticle.set(claim.articleId, list);
  };
  machine.forEach(addCandidate);

  const applied = new Map<number, ClaimDecision[]>();
  const addedById = new Map<number, AddedClaim>();
  const addedBy = new Map<number, ClaimDecision>();
  const orphans: number[] = [];
  for (const decision of ordered) {
    const candidates = byArticle.get(decision.anchor.articleId) ?? [];
    const target = matchAnchor(decision.anchor, candidates, correctedFigureOf(decision));
    if (target) {
      applied.set(target.id, [...(applied.get(target.id) ?? []), decision]);
    } else if (decision.action === "add") {
      const added = addedClaimOf(decision);
      addedById.set(added.id, added);
      addedBy.set(added.id, decision);
      addCandidate(added);
    } else {
      orphans.push(decision.id);
    }
  }

  const machineById = new Map(machine.map((claim) => [claim.id, claim]));
  const outcomes = new Map<number, ClaimOutcome>();
  for (const added of addedById.values()) {
    outcomes.set(added.id, { id: added.id, machine: added.fields, ...foldDecisions(added.fields, [addedBy.get(added.id)!, ...(applied.get(added.id) ?? [])], true) });
  }
  for (const [id, list] of applied) {
    const claim = machineById.get(id);
    if (claim) outcomes.set(id, { id, machine: claim.fields, ...foldDecisions(claim.fields, list, false) });
  }
  return { outcomes, added: [...addedById.values()], orphans };
}

/** Whether the effective figure still is the machine's: exports show both only when they differ. */
export const figureChanged = (outcome: Pick<ClaimOutcome, "machine" | "fields">) => !sameFigure(outcome.machine.value, outcome.fields.value);
