// Hand-made machine claims and decisions for the review tests.
import { type ClaimDecision, type ClaimFields } from "./decisions";
import { anchorOf } from "./match";
import { type MachineClaim } from "./apply-claims";

export const fieldsOf = (best: number | null, overrides: Partial<ClaimFields> = {}): ClaimFields => ({
  value: { low: best, best, high: best },
  qualifier: "exact",
  unit: "soldiers",
  category: "deployed",
  measure: "North Korean soldiers in Russia",
  scope: { place: "Russia", group: null, state: null },
  subject: "North Korean",
  source: { id: "gur", name: "GUR" },
  asOf: "2024-11-01",
  asOfPrecision: "day",
  stance: "asserts",
  ...overrides,
});

export function machineClaim(id: number, start: number, best: number | null, overrides: Partial<ClaimFields> = {}, articleId = 1): MachineClaim {
  const fields = fieldsOf(best, overrides);
  return { id, articleId, start, end: start + 20, value: fields.value, fields };
}

type DecisionBody = ClaimDecision extends infer D ? (D extends ClaimDecision ? Omit<D, "id" | "anchor"> : never) : never;

/** A decision made on a claim as it stood: anchored to its span and the machine's figure. */
export const decide = (id: number, on: MachineClaim, body: DecisionBody): ClaimDecision => ({ id, anchor: anchorOf(on), ...body }) as ClaimDecision;
