// Shared helpers for turning lexicon phrases into regular expressions that are
// safe on any input: no nested quantifiers, so matching stays linear.
import { loweredAlike, lowercasesAlike } from "./lowered-scan";
import { type PhraseFilter, registerScanner } from "./sentence-words";

/** One space of any width the articles use, as a pattern source to build regexes from. */
export const SPACE_CHAR = "[\\s\\u00A0\\u202F]";
const SPACE = `${SPACE_CHAR}+`;
const APOSTROPHE = "['’ʼ]";
const HYPHEN = "[-‐‑–\\s]";
const LETTER_OR_DIGIT = "[\\p{L}\\p{N}]";
/** What closes a phrase that does not end in an apostrophe: no letter or digit right after it. */
const WORD_END = `(?!${LETTER_OR_DIGIT})`;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One phrase as a pattern: spaces match any run of spaces (incl. no-break ones),
 * apostrophes match the typographic ones too, a trailing `*` lets the last word
 * continue (a stem), and `inflect` lets lowercase words take French/English
 * plural or feminine endings ("renseignement militaire ukrainien" also matches
 * "renseignements militaires ukrainiens").
 */
export function phrasePattern(phrase: string, inflect = false, lowercase = false): string {
  const stem = phrase.endsWith("*");
  const body = stem ? phrase.slice(0, -1) : phrase;
  const words = body.split(/\s+/).map((word) => {
    let pattern = escapeRegex(lowercase ? word.toLowerCase() : word).replace(/['’]/g, APOSTROPHE).replace(/-/g, HYPHEN);
    if (inflect && /^[\p{Ll}'’-]{4,}$/u.test(word)) pattern += "(?:e|ne)?s?";
    return pattern;
  });
  let pattern = words.join(SPACE);
  if (stem) pattern += "\\p{L}*";
  const openEnd = /['’]$/.test(body);
  return openEnd ? pattern : `${pattern}${WORD_END}`;
}


/** Matches where no letter or digit stands just before: the start of a word. */
export const WORD_START = `(?<!${LETTER_OR_DIGIT})`;

/**
 * The alternatives of `phraseAlternation`, longest first, without its
 * word-start check. Neighbours that all end with `WORD_END` share one:
 * `(?:a|b)(?!x)` tries a then b, each followed by the lookahead, exactly as
 * `a(?!x)|b(?!x)` does, and V8 compiles the letter class of each copy anew,
 * which made compiling a cue list take ~100 ms on first use.
 */
export function phraseAlternatives(phrases: readonly string[], inflect = false, lowercase = false): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const alternatives: string[] = [];
  let closed: string[] = [];
  const closeRun = () => {
    if (closed.length === 1) alternatives.push(`${closed[0]}${WORD_END}`);
    else if (closed.length > 1) alternatives.push(`(?:${closed.join("|")})${WORD_END}`);
    closed = [];
  };
  for (const phrase of sorted) {
    const pattern = phrasePattern(phrase, inflect, lowercase);
    if (pattern.endsWith(WORD_END)) closed.push(pattern.slice(0, -WORD_END.length));
    else {
      closeRun();
      alternatives.push(pattern);
    }
  }
  closeRun();
  return alternatives.join("|");
}

/** An alternation of phrases, longest first, starting at a word boundary. */
export function phraseAlternation(phrases: readonly string[], inflect = false, lowercase = false): string {
  return `${WORD_START}(?:${phraseAlternatives(phrases, inflect, lowercase)})`;
}

/**
 * A global regex of phrases to scan a text with, read through `nextAtWordStart`,
 * which checks the word start itself: the engine finds the phrases much faster
 * than it tests a lookbehind at every position. Phrases that may open with
 * anything but a letter or digit keep the lookbehind in the pattern.
 */
export function phraseScanner(phrases: readonly string[], inflect = false): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  const source = (lowercase: boolean) =>
    opensWithWord(phrases) ? `(?:${phraseAlternatives(phrases, inflect, lowercase)})` : phraseAlternation(phrases, inflect, lowercase);
  const scanner = new RegExp(source(false), "giu");
  registerScanner(scanner, phrases);
  return withLoweredTwin(scanner, () => source(true), phrases);
}

/**
 * Gives a global case-insensitive regex read through `nextAtWordStart` a
 * case-sensitive twin, `lowered` (its pattern with the phrases lowercased),
 * that scans lowered texts in its place, when every phrase lowercases alike.
 * The pattern must have no capturing group: a match's text is the original's,
 * its groups would be lowercase.
 */
export function withLoweredTwin(regex: RegExp, lowered: () => string, phrases: readonly string[]): RegExp {
  if (phrases.every(lowercasesAlike)) loweredTwins.set(regex, new RegExp(lowered(), "gu"));
  return regex;
}

/** Scanners whose phrases all lowercase alike, with the same pattern lowercased and case-sensitive. */
const loweredTwins = new WeakMap<RegExp, RegExp>();

/** Every phrase opens with a letter or digit of one UTF-16 unit: a match never starts inside a word's first character. */
export function opensWithWord(phrases: readonly string[]): boolean {
  return phrases.every((p) => /^[\p{L}\p{N}]/u.test(p) && p.charCodeAt(0) < 0xd800);
}

const LETTER_OR_DIGIT_CHAR = new RegExp(LETTER_OR_DIGIT, "u");

/** The code point just before `at`, as a lookbehind reads it: a surrogate pair whole, a lone surrogate alone. */
function codePointBefore(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000;
  }
  return code;
}

/** What `WORD_START` checks: no letter or digit just before `at` (or, given `before`, no character of that class). */
export function isWordStart(text: string, at: number, before: RegExp = LETTER_OR_DIGIT_CHAR): boolean {
  if (at === 0) return true;
  const code = codePointBefore(text, at);
  if (code < 0x80 && before === LETTER_OR_DIGIT_CHAR) return !((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
  return !before.test(String.fromCodePoint(code));
}

/**
 * The next match of a `phraseScanner` regex from its lastIndex that starts a
 * word: where the same phrases with `WORD_START` would match, the same way.
 */
export function nextAtWordStart(regex: RegExp, text: string, before?: RegExp): RegExpExecArray | null {
  const twin = loweredTwins.get(regex);
  const lower = twin ? loweredAlike(text) : null;
  if (twin && lower !== null) return nextInLowered(regex, twin, text, lower, before);
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (isWordStart(text, m.index, before)) return m;
    regex.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * `nextAtWordStart` run with a scanner's lowered twin over the lowered text:
 * offsets are the same (see `loweredAlike`), the match's text is the original's.
 */
function nextInLowered(regex: RegExp, twin: RegExp, text: string, lower: string, before?: RegExp): RegExpExecArray | null {
  twin.lastIndex = regex.lastIndex;
  for (let m = twin.exec(lower); m; m = twin.exec(lower)) {
    if (isWordStart(text, m.index, before)) {
      regex.lastIndex = twin.lastIndex;
      m[0] = text.slice(m.index, m.index + m[0].length);
      return m;
    }
    twin.lastIndex = m.index + 1;
  }
  regex.lastIndex = 0;
  return null;
}

/**
 * The first match of a `phraseScanner` regex in `text`, as a non-global phrase
 * regex finds it. Given the words of the sentence `text` is part of, a scan
 * that cannot match is skipped.
 */
export function firstAtWordStart(regex: RegExp, text: string, words?: PhraseFilter): RegExpExecArray | null {
  if (words && !words.mayMatch(regex)) return null;
  regex.lastIndex = 0;
  return nextAtWordStart(regex, text);
}

export function phraseRegex(phrases: readonly string[], flags = "giu", inflect = false): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  return new RegExp(phraseAlternation(phrases, inflect), flags);
}

/** Matches when the text starts with one of the phrases (after spaces). */
export function startsWithPhraseRegex(phrases: readonly string[]): RegExp {
  if (phrases.length === 0) return /(?!)/u;
  return new RegExp(`^[\\s\\u00A0\\u202F]*${phraseAlternation(phrases)}`, "iu");
}

/**
 * How many characters at the end of `text` pass `char`, a one-character
 * class: what `[…]+$` would match, without trying every position before.
 */
export function trailingRun(text: string, char: RegExp): number {
  let i = text.length;
  while (i > 0 && char.test(text[i - 1] as string)) i--;
  return text.length - i;
}

/** Lowercases and folds typographic apostrophes and hyphens, for dictionary look-ups. */
const FOLDED = /[’ʼ‐‑–]/;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (!FOLDED.test(lower)) return lower;
  return lower.replace(/['’ʼ]/g, "'").replace(/[‐‑–]/g, "-");
}

export interface TextMatch {
  start: number;
  end: number;
  text: string;
}

/** All matches of a `phraseScanner` regex in `text`, as `allMatches` finds them with the phrase regex; `words` as for `firstAtWordStart`. */
export function allWordMatches(regex: RegExp, text: string, words?: PhraseFilter): TextMatch[] {
  const out: TextMatch[] = [];
  if (words && !words.mayMatch(regex)) return out;
  regex.lastIndex = 0;
  for (let m = nextAtWordStart(regex, text); m; m = nextAtWordStart(regex, text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** All matches of a global regex in `text`, offsets shifted by `offset`. */
export function allMatches(regex: RegExp, text: string, offset = 0): TextMatch[] {
  const out: TextMatch[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    out.push({ start: m.index + offset, end: m.index + m[0].length + offset, text: m[0] });
  }
  return out;
}

/** Where the parenthesis around `at` opens, or -1: "(contre 14 000 jeudi dernier)". */
export function openingParenthesis(text: string, at: number): number {
  const open = text.lastIndexOf("(", at);
  if (open < 0 || text.lastIndexOf(")", at) > open) return -1;
  return text.indexOf(")", at) < 0 ? -1 : open;
}
