// Which figure a denial disputes. A figure the denial names in its own object
// ("a démenti le chiffre de 30 000 manifestants avancé par les syndicats") is
// the one disputed; a denial that points back to a figure ("conteste ce
// chiffre", "dismissed the toll as inflated") disputes the figure given last,
// by another source, in the sentence or the two before it.
import type { Disputed, ExtractedClaim } from "../claims/claim";
import type { Denial } from "./denials";

/** How many sentences back "ce chiffre" may point. */
export const DISPUTE_REACH = 2;

export interface SentenceClaim {
  claim: ExtractedClaim;
  /** Offset of the figure in its sentence. */
  at: number;
  sentence: number;
}

export function disputedOf(claim: ExtractedClaim): Disputed {
  return { start: claim.start, end: claim.end, quote: claim.quote };
}

/** A figure of the sentence that stands where the denial says what it denies. */
export function namedInDenial(denial: Denial, own: readonly SentenceClaim[]): SentenceClaim | null {
  return own.find((c) => c.claim.stance === "asserts" && c.at >= denial.object.start && c.at < denial.object.end) ?? null;
}

/** The figure "ce chiffre" points to: the last one asserted before, by someone other than the denier. */
export function pointedToByDenial(denial: Denial, earlier: readonly SentenceClaim[], sentence: number): SentenceClaim | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i] as SentenceClaim;
    if (sentence - c.sentence > DISPUTE_REACH) return null;
    if (c.claim.stance === "asserts" && c.claim.source?.id !== denial.denier.id) return c;
  }
  return null;
}

/** The same figure asserted earlier by another source: what a denial giving the figure disputes. */
export function sameFigureBefore(figure: ExtractedClaim, earlier: readonly SentenceClaim[]): ExtractedClaim | null {
  const { best } = figure.value;
  if (best === null) return null;
  // Walked back in place: a copy of every earlier figure for each denial made long articles quadratic.
  for (let i = earlier.length - 1; i >= 0; i--) {
    const { claim } = earlier[i] as SentenceClaim;
    const sameThing = claim.unit === figure.unit || claim.category === figure.category;
    if (claim.stance === "asserts" && claim !== figure && claim.value.best === best && sameThing && (figure.stance === "asserts" || claim.source?.id !== figure.source?.id)) return claim;
  }
  return null;
}
