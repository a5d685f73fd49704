// The checks the table-driven extraction tests share: the sentence yields a
// figure of this low value (and it is counted in this unit and category).
import { expect } from "vitest";
import type { ExtractedClaim, Language } from "../lib/claims/claim";
import { extractClaims } from "../lib/extract";

export type CountedRow = [Language, string, number, string, string];
/** A sentence, a figure's low value in it, and the source id it is credited to (null: the article's own voice). */
export type CreditedRow = [Language, string, number, string | null];

/** The claim of this low value the sentence yields; the test fails, listing what it found, when there is none. */
export function claimOfValue(language: Language, text: string, low: number, published: string | null = "2024-03-14"): ExtractedClaim {
  const claims = extractClaims({ file: "t.txt", text, language, published });
  const claim = claims.find((c) => c.value.low === low);
  const found = claims.map((c) => [c.value.low, c.value.high, c.qualifier, c.unit, c.category, c.source?.id ?? null, c.asOf]);
  expect(claim, JSON.stringify(found)).toBeDefined();
  return claim!;
}

export function expectCounted(language: Language, text: string, low: number, unit: string, category: string): void {
  const claim = claimOfValue(language, text, low);
  expect([claim.unit, claim.category]).toEqual([unit, category]);
}

export function expectCredited(language: Language, text: string, low: number, id: string | null): void {
  const claim = claimOfValue(language, text, low);
  expect(claim.source?.id ?? null).toBe(id);
}

/** A sentence and a number in it that is no figure. */
export type NotFigureRow = [Language, string, number];

export function expectNoFigure(language: Language, text: string, low: number): void {
  const claims = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" });
  expect(claims.map((c) => c.value.low)).not.toContain(low);
}
