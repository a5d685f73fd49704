// Stage 10: the quote. A figure's quote is its sentence, cut between two
// figures at the last clause break (";", ", et", " et ", ", dont", ",") so that
// each figure keeps its own predicate: "Selon Séoul, 3 000 … en Russie" and
// "7 000 devraient être envoyés …".
import { trailingRun } from "./text";

export interface Span {
  start: number;
  end: number;
}

const BREAKS = [/;/g, /,?[\s\u00A0]+(?:et|and|while|tandis que|alors que|whereas|mais|but|dont|including|of whom|parmi lesquels)[\s\u00A0]+/giu, /,/g, /[\s\u00A0]+/g];
const TRAILING = /[\s\u00A0\u202F.;:,!?…]/u;
const LEADING = /^[\s\u00A0\u202F,;:]+/u;

/** Where to cut between the end of one figure and the start of the next. */
function cutBetween(text: string, from: number, to: number): { endBefore: number; startAfter: number } {
  const gap = text.slice(from, to);
  for (const regex of BREAKS) {
    regex.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = regex.exec(gap); m; m = regex.exec(gap)) last = m;
    if (last) return { endBefore: from + last.index, startAfter: from + last.index + last[0].length };
  }
  return { endBefore: to, startAfter: to };
}

function trim(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const lead = LEADING.exec(slice)?.[0].length ?? 0;
  const trail = trailingRun(slice.slice(lead), TRAILING);
  const start = span.start + lead;
  const end = Math.max(start + 1, span.end - trail);
  return { start, end: Math.min(end, span.end) };
}

/**
 * Quote spans (relative to the sentence) for figures given in order as
 * [start, end] pairs, the end being past the counted noun.
 */
export function clauseSpans(text: string, figures: Span[]): Span[] {
  const spans: Span[] = figures.map(() => ({ start: 0, end: text.length }));
  for (let i = 0; i + 1 < figures.length; i++) {
    const here = figures[i] as Span;
    const next = figures[i + 1] as Span;
    if (next.start <= here.end) continue;
    const cut = cutBetween(text, here.end, next.start);
    (spans[i] as Span).end = cut.endBefore;
    (spans[i + 1] as Span).start = cut.startAfter;
  }
  return spans.map((s) => trim(text, s));
}
