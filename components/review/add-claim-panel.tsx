"use client";

import type { ClaimFields } from "@/lib/review/decisions";
import { ClaimFieldsForm } from "./claim-fields-form";
import type { SourceChoice } from "./reviewable-claim";
import { useReviewRequest } from "./use-review-request";

export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

/** The first number written in the words ("11 000", "2,600", "3.5"), as a first guess at the figure. */
export function firstNumber(text: string): number | null {
  const match = /\d[\d\s\u00a0\u202f,.]*/.exec(text);
  if (!match) return null;
  const digits = match[0].trim().replace(/[\s\u00a0\u202f]/g, "");
  // "11,000" and "11.000" group thousands; "3,5" and "3.5" are decimals.
  const grouped = /^\d{1,3}([,.]\d{3})+$/.test(digits);
  const value = Number(grouped ? digits.replace(/[,.]/g, "") : digits.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/** A first draft of the claim: the figure read from the words, the rest from a claim of the same article when there is one. */
export function draftFields(selection: TextSelection, template: ClaimFields | null): ClaimFields {
  const best = firstNumber(selection.quote);
  const value = { low: best, best, high: best };
  if (template) return { ...template, value, qualifier: "exact", stance: "asserts" };
  return {
    value, qualifier: "exact", unit: "people", category: "other", measure: selection.quote.trim().slice(0, 300), subject: null,
    scope: { place: null, group: null, state: null }, source: null, asOf: null, asOfPrecision: null, stance: "asserts",
  };
}

interface Props {
  articleId: number;
  selection: TextSelection;
  template: ClaimFields | null;
  sources: SourceChoice[];
  onAdded: (claimId: number) => void;
  onCancel: () => void;
}

/** Describes and stores a claim the machine missed, from words the analyst selected in the article. */
export function AddClaimPanel({ articleId, selection, template, sources, onAdded, onCancel }: Props) {
  const { send, pending, outcome } = useReviewRequest();
  async function add(fields: ClaimFields, note: string) {
    const result = await send("/api/review/claims", { articleId, start: selection.start, end: selection.end, fields, note: note || undefined }, "Claim added.");
    const claimId = result.body?.claimId;
    if (result.ok && typeof claimId === "number") onAdded(claimId);
  }
  return (
    <section aria-label="Add a claim" className="space-y-2">
      <h2 className="text-lg font-semibold">Add a claim</h2>
      <blockquote className="border-l-4 border-violet-300 pl-3 italic text-slate-700">{selection.quote}</blockquote>
      <ClaimFieldsForm key={`${selection.start}-${selection.end}`} initial={draftFields(selection, template)} sources={sources} submitLabel="Add this claim" pending={pending} onSubmit={add} onCancel={onCancel} />
      {outcome && !outcome.ok && <p role="alert" className="text-sm text-red-700">{outcome.message}</p>}
    </section>
  );
}

/** The selection's offsets in the article's text, when it lies inside `root` (whose text is the article's, character for character). */
export function selectionIn(root: HTMLElement): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const quote = range.toString();
  if (!quote.trim()) return null;
  return { start, end: start + quote.length, quote };
}
