// Which of a sentence's attributions speaks for a figure: the cue nearest it,
// preferring one in the figure's own clause, and never a cue that speaks for
// another figure (in a parenthesis of its own, or after a figure of its own).
import type { Attribution } from "./attribution";
import { speaksForFigureAt } from "./parenthesis-speaker";
import { openingParenthesis } from "./text";

const DIGIT = /\p{N}/u;

/**
 * A cue inside a parenthesis that gives a figure of its own speaks for that
 * figure alone: "50 000 à Paris (15 200 selon la police), 15 000 à Lyon".
 * "12 000 manifestants (selon la police)" speaks for the figure before it.
 */
function enclosedElsewhere(text: string, cueStart: number, at: number): boolean {
  const open = openingParenthesis(text, cueStart);
  if (open < 0 || open === openingParenthesis(text, at)) return false;
  return DIGIT.test(text.slice(open, text.indexOf(")", cueStart)));
}

/** The attribution whose cue stands nearest the figure; `text` is the sentence, for the parentheses around the cues. */
export function nearestAttribution(attributions: Attribution[], at: number, clause?: { start: number; end: number }, text?: string): Attribution | null {
  let best: Attribution | null = null;
  let bestDistance = Infinity;
  for (const a of attributions) {
    if (a.contentAfter && at < a.cueStart) continue;
    if (text && enclosedElsewhere(text, a.cueStart, at)) continue;
    if (a.figureBefore && !(text && speaksForFigureAt(text, at, a.cueStart))) continue;
    // "806 000 selon la police, 1,5 million selon la CGT": a cue in the figure's own clause wins.
    const inClause = clause && a.cueStart >= clause.start && a.cueEnd <= clause.end;
    const distance = (at < a.cueStart ? a.cueStart - at : Math.max(0, at - a.cueEnd)) - (inClause ? 1e6 : 0);
    if (distance < bestDistance) {
      best = a;
      bestDistance = distance;
    }
  }
  return best;
}
