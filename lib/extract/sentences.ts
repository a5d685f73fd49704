// Stage 1: cut the text into sentences with their offsets. Lines are
// paragraphs; a short line with no closing punctuation is a heading (headlines
// and section titles), which stops attributions from carrying across it.
import { trailingRun } from "./text";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  heading: boolean;
}

/** Sentences longer than this are cut, so every later stage works on bounded text. */
export const MAX_SENTENCE_LENGTH = 1200;
const HEADING_MAX_LENGTH = 160;

// The second form: web copies that lost the space after a full stop ("1800 morts.Les autorités").
// Its look-behind comes after the stop, so that both forms open with the stop and the
// regex engine looks for stops instead of trying the look-behind at every character.
const TERMINATOR = /[.!?…]+["»”’)\]]*(?=[\s\u00A0\u202F]+[\p{Lu}\p{N}«"“•–—(-])|[.!?](?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu;
const ABBREVIATION = /(?:^|[\s(])(?:[\p{Lu}]|M|Mme|Mmes|MM|Dr|Pr|Me|St|Ste|Gen|Gén|Lt|Col|Sgt|Capt|Mr|Mrs|Ms|Prof|No|n°|art|p|vol|cf|etc|av|apr|J\.-C|U\.S|U\.K|jan|feb|aug|sept|oct|nov|dec|janv|févr|déc)\.$/iu;
/** "L.C. Govak", "the U.N. agency": capital initials, case-sensitive so that "a.m." still ends a sentence. */
const INITIALS = /(?:^|[\s(])\p{Lu}\.(?:-?\p{Lu}\.)+$/u;
const LEADING_JUNK = /^[\s\u00A0\u202F•·*>▪◦‣–—-]+/u;
const SPACE = /[\s\u00A0\u202F]/u;

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  const slice = text.slice(start, end);
  const lead = LEADING_JUNK.exec(slice)?.[0].length ?? 0;
  const trail = trailingRun(slice, SPACE);
  if (lead + trail >= slice.length) return;
  const s = start + lead;
  const e = end - trail;
  out.push({ index: out.length, start: s, end: e, text: text.slice(s, e), paragraph, heading: false });
}

/** Cuts a too-long stretch at spaces so no sentence exceeds the limit. */
function pushBounded(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let from = start;
  while (end - from > MAX_SENTENCE_LENGTH) {
    const window = text.slice(from, from + MAX_SENTENCE_LENGTH);
    const lastSpace = window.lastIndexOf(" ");
    const cut = lastSpace > MAX_SENTENCE_LENGTH / 2 ? from + lastSpace : from + MAX_SENTENCE_LENGTH;
    pushTrimmed(out, text, from, cut, paragraph);
    from = cut;
  }
  pushTrimmed(out, text, from, end, paragraph);
}

function splitLine(out: Sentence[], text: string, lineStart: number, lineEnd: number, paragraph: number): void {
  const line = text.slice(lineStart, lineEnd);
  const before = out.length;
  let from = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(line); m; m = TERMINATOR.exec(line)) {
    const cut = m.index + m[0].length;
    const tail = line.slice(Math.max(from, m.index - 12), m.index + 1);
    if (m[0].startsWith(".") && m[0].length === 1 && (ABBREVIATION.test(tail) || INITIALS.test(tail))) continue;
    pushBounded(out, text, lineStart + from, lineStart + cut, paragraph);
    from = cut;
  }
  pushBounded(out, text, lineStart + from, lineEnd, paragraph);
  const only = out.length === before + 1 ? out[before] : undefined;
  if (only && only.text.length <= HEADING_MAX_LENGTH && !/[.!?:;»”"…)]$/u.test(only.text)) only.heading = true;
}

/** A line that stops mid-sentence ("plus\nde 2,3 millions"): no closing punctuation, the next line goes on in lowercase. */
const WRAPPED = /[^\s.!?:;»”"…)][ \t]*$/u;
const GOES_ON = /^[ \t]*\p{Ll}/u;

/** Where the line from `start` ends, a hard-wrapped sentence read as one line. */
function lineEndOf(text: string, start: number): number {
  let end = text.indexOf("\n", start);
  while (end !== -1 && WRAPPED.test(text.slice(Math.max(start, end - 2), end)) && GOES_ON.test(text.slice(end + 1, end + 4))) {
    end = text.indexOf("\n", end + 1);
  }
  return end === -1 ? text.length : end;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineEnd = lineEndOf(text, lineStart);
    if (text.slice(lineStart, lineEnd).trim() !== "") {
      splitLine(out, text, lineStart, lineEnd, paragraph);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
