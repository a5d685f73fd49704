// The items of a list share what the list counts: in "16 personnes, dont deux
// à Paris, ont été interpellées" and "killed 12 people in the north, seven in
// the south", one verb says what every item is, though each item's quote
// holds only its own clause.
import type { BuiltClaim } from "./claims";
import type { SentenceFigure } from "./figures";
import { describeMeasure } from "./scope";

/**
 * `built[i]` is the claim of `figures[i]`. A member of a list whose own words
 * named no category takes the first category a member's words named; the
 * list's first figure only when it has no category at all.
 */
export function shareListCategories(figures: readonly SentenceFigure[], built: readonly BuiltClaim[]): void {
  if (!figures.some((f) => f.continues !== undefined)) return;
  const roots: number[] = [];
  figures.forEach((f, i) => roots.push(f.continues === undefined ? i : (roots[f.continues] ?? f.continues)));
  const size = new Map<number, number>();
  for (const r of roots) size.set(r, (size.get(r) ?? 0) + 1);
  const named = new Map<number, BuiltClaim>();
  built.forEach((b, i) => {
    const r = roots[i]!;
    if (b.categoryFromCue && b.claim.stance === "asserts" && !named.has(r)) named.set(r, b);
  });
  built.forEach((b, i) => {
    const r = roots[i]!;
    const from = named.get(r);
    if (!from || b.categoryFromCue || (size.get(r) ?? 0) < 2 || b.claim.unit !== from.claim.unit) return;
    // "11,000 soldiers were in Russia, of whom 3,000 had been killed": a part's verb is its own; the whole takes
    // a part's category only when it has none of its own, not even a default ("16 personnes, dont deux … interpellées").
    if (i === r && b.claim.category !== "other") return;
    b.claim.category = from.claim.category;
    b.claim.measure = describeMeasure(b.claim.unit, b.claim.subject, b.claim.category, b.claim.scope);
    b.categoryFromCue = true;
  });
}
