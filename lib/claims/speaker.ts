// How a claim's source reads to an analyst, and which claim a denial disputes.
import type { Span } from "./claim";

/** "Christophe Castaner (ministère de l'Intérieur)": the person who spoke first, the source they spoke for after. */
export function speakerLabel(source: { name: string; person?: string | null } | null, none = "the article itself (no source named)"): string {
  if (!source) return none;
  return source.person ? `${source.person} (${source.name})` : source.name;
}

interface SpannedClaim {
  id: number;
  start: number;
  end: number;
  mentions: readonly Span[];
}

/**
 * The claim of the same article a denial disputes: the one whose span the
 * denial names, or that holds it as a further mention (one figure repeated
 * is one claim).
 */
export function disputedClaimId(disputes: Span, claims: readonly SpannedClaim[]): number | null {
  const same = (s: Span) => s.start === disputes.start && s.end === disputes.end;
  return claims.find((c) => same(c) || c.mentions.some(same))?.id ?? null;
}
