// The check the table-driven extraction tests share: the sentence yields a
// figure of this low value, counted in this unit and category.
import { expect } from "vitest";
import type { Language } from "../lib/claims/claim";
import { extractClaims } from "../lib/extract";

export type CountedRow = [Language, string, number, string, string];

export function expectCounted(language: Language, text: string, low: number, unit: string, category: string): void {
  const claims = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" });
  const claim = claims.find((c) => c.value.low === low);
  expect(claim, JSON.stringify(claims.map((c) => [c.value.low, c.unit, c.category]))).toBeDefined();
  expect([claim?.unit, claim?.category]).toEqual([unit, category]);
}
