// An analyst's decisions, as they are stored apart from the machine's claims
// and as the server accepts them. Every write path parses its input with
// these schemas, so a decision that reaches the database is well formed.
import { z } from "zod";

import { CATEGORIES, DATE_PRECISIONS, QUALIFIERS, STANCES, scopeSchema, valueSchema, type ExtractedClaim } from "../claims/claim";
import { AGENCY_KINDS } from "../sources/agencies";
import { slugify } from "../reconcile/text";
import { RELATION_TYPES } from "../reconcile/types";
import { REJECT_REASONS } from "./vocabulary";

export * from "./vocabulary";

/** The fields of a claim an analyst can correct (its span stays: it is what anchors the decision). */
export type ClaimFields = Pick<
  ExtractedClaim,
  "value" | "qualifier" | "unit" | "category" | "measure" | "scope" | "subject" | "source" | "asOf" | "asOfPrecision" | "stance"
>;

const words = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");

/** A source picked from the registry (its id) or named anew (a name only: the id is made from it). */
export const sourceChoiceSchema = z.union([
  z.object({ id: words(100), name: words(200) }),
  z.object({ name: words(200) }).transform(({ name }) => ({ id: slugify(name) || "named-source", name })),
]);

const orderedValue = valueSchema.refine(
  ({ low, best, high }) => (low === null || best === null || low <= best) && (best === null || high === null || best <= high) && (low === null || high === null || low <= high),
  "the figure must have low ≤ best ≤ high",
);

export const claimFieldsSchema = z.object({
  value: orderedValue,
  qualifier: z.enum(QUALIFIERS),
  unit: words(100),
  category: z.enum(CATEGORIES),
  measure: words(300),
  scope: scopeSchema,
  subject: z.string().trim().max(100).nullable(),
  source: sourceChoiceSchema.nullable(),
  asOf: isoDate.nullable(),
  asOfPrecision: z.enum(DATE_PRECISIONS).nullable(),
  stance: z.enum(STANCES),
});

export const claimChangesSchema = claimFieldsSchema.partial().refine((changes) => Object.keys(changes).length > 0, "name at least one field to correct");
export type ClaimChanges = Partial<ClaimFields>;

/** Where a decision was made: enough to find the same claim again after a re-extraction. */
export const claimAnchorSchema = z.object({
  claimId: z.number().int().positive().nullable(),
  articleId: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** The machine's figure when the decision was made. */
  figure: valueSchema,
});
export type ClaimAnchor = z.infer<typeof claimAnchorSchema>;

const note = z.string().trim().max(2000).optional();

/** What the server accepts for a decision on one claim (the claim is named by id; the anchor is taken from it). */
export const claimDecisionInputSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("confirm"), claimId: z.number().int().positive(), note }),
  z.object({ action: z.literal("correct"), claimId: z.number().int().positive(), changes: claimChangesSchema, note }),
  z.object({ action: z.literal("reject"), claimId: z.number().int().positive(), reason: z.enum(REJECT_REASONS), note }),
  z.object({ action: z.literal("move"), claimId: z.number().int().positive(), questionId: words(200), note }),
]);
export type ClaimDecisionInput = z.infer<typeof claimDecisionInputSchema>;

export const addClaimInputSchema = z
  .object({
    action: z.literal("add"),
    articleId: z.number().int().positive(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    fields: claimFieldsSchema,
    note,
  })
  .refine(({ start, end }) => end > start, "the selection must not be empty");
export type AddClaimInput = z.infer<typeof addClaimInputSchema>;

export const questionDecisionInputSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("rename"), questionId: words(200), label: words(300), note }),
  z.object({ action: z.literal("merge"), questionId: words(200), into: words(200), note }).refine((d) => d.questionId !== d.into, "a question cannot be merged into itself"),
  z.object({ action: z.literal("split"), questionId: words(200), label: words(300), claimIds: z.array(z.number().int().positive()).min(1).max(1000), note }),
  z.object({ action: z.literal("relation_wrong"), questionId: words(200), type: z.enum(RELATION_TYPES), claimIds: z.array(z.number().int().positive()).min(1).max(1000), note }),
]);
export type QuestionDecisionInput = z.infer<typeof questionDecisionInputSchema>;

export const sourceDecisionInputSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("source_rename"), sourceId: words(100), name: words(200), note }),
  z.object({ action: z.literal("source_set"), sourceId: words(100), kind: z.enum(AGENCY_KINDS), country: z.string().trim().max(100).nullable(), note }),
  z.object({ action: z.literal("source_merge"), sourceId: words(100), into: words(100), note }).refine((d) => d.sourceId !== d.into, "a source cannot be merged into itself"),
]);
export type SourceDecisionInput = z.infer<typeof sourceDecisionInputSchema>;

/** A stored decision on one claim, as the appliers read it: the anchor and what was decided. */
export type ClaimDecision = { id: number; anchor: ClaimAnchor } & (
  | { action: "confirm" }
  | { action: "correct"; changes: ClaimChanges }
  | { action: "reject"; reason: (typeof REJECT_REASONS)[number] }
  | { action: "move"; questionId: string }
  | { action: "add"; fields: ClaimFields; quote: string }
);

export type QuestionDecision = { id: number; questionId: string } & (
  | { action: "rename"; label: string }
  | { action: "merge"; into: string }
  | { action: "split"; label: string; claims: ClaimAnchor[] }
  | { action: "relation_wrong"; type: (typeof RELATION_TYPES)[number]; claims: ClaimAnchor[] }
);

export type SourceDecision = { id: number; sourceId: string } & (
  | { action: "source_rename"; name: string }
  | { action: "source_set"; kind: (typeof AGENCY_KINDS)[number]; country: string | null }
  | { action: "source_merge"; into: string }
);

