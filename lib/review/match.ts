// Finding the claim a decision was made on after the machine's claims were
// replaced (a re-extraction gives new ids, and may move a span by a word):
// same article, overlapping span, same figure.
import { type ClaimValue } from "../claims/claim";
import { type ClaimAnchor } from "./decisions";

export interface MatchCandidate {
  id: number;
  articleId: number;
  start: number;
  end: number;
  /** The machine's figure, not a corrected one. */
  value: ClaimValue;
}

export const sameFigure = (a: ClaimValue, b: ClaimValue) => a.low === b.low && a.best === b.best && a.high === b.high;

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * The candidate the anchor names, or null when none of them is the same claim.
 * A figure the analyst corrected also counts as the same figure, so that an
 * extractor that learns to read it right does not orphan the correction.
 * Among several, the widest overlap wins, then the nearest start, then the lowest id.
 */
export function matchAnchor<C extends MatchCandidate>(anchor: ClaimAnchor, candidates: readonly C[], correctedFigure?: ClaimValue): C | null {
  let best: { candidate: C; overlap: number; distance: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.articleId !== anchor.articleId) continue;
    const shared = overlap(candidate, anchor);
    if (shared <= 0) continue;
    if (!sameFigure(candidate.value, anchor.figure) && !(correctedFigure && sameFigure(candidate.value, correctedFigure))) continue;
    const distance = Math.abs(candidate.start - anchor.start);
    const better =
      best === null ||
      shared > best.overlap ||
      (shared === best.overlap && (distance < best.distance || (distance === best.distance && candidate.id < best.candidate.id)));
    if (better) best = { candidate, overlap: shared, distance };
  }
  return best?.candidate ?? null;
}

/** The anchor of a claim as it stands now, stored with each decision made on it. */
export function anchorOf(claim: MatchCandidate): ClaimAnchor {
  return { claimId: claim.id, articleId: claim.articleId, start: claim.start, end: claim.end, figure: { ...claim.value } };
}
