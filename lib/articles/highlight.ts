export interface HighlightSpan {
  start: number;
  end: number;
  claimId: number;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Claims whose spans cover this piece of text; empty for plain text. */
  claimIds: number[];
}

/**
 * Cuts the text at every span boundary so that overlapping spans (a clause
 * inside a longer quote) still each mark the text they cover.
 */
export function segmentText(text: string, spans: HighlightSpan[]): TextSegment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const claimIds = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.claimId);
    segments.push({ start, end, text: text.slice(start, end), claimIds: [...new Set(claimIds)] });
  }
  return segments;
}
