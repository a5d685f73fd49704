// Stage 2: find every written quantity in a sentence — digits with an optional
// scale word, number words, collective nouns ("une douzaine") and vague
// quantities ("plusieurs milliers", "tens of thousands") — as "cores" with
// offsets relative to the sentence. Modifiers and ranges come later.
import type { Lexicon } from "../lexicon";
import { perLexicon } from "../lexicon/per-lexicon";
import { type PhraseFilter, registerScanner } from "../sentence-words";
import { nextAtWordStart, normalizeWord, phraseAlternation, phraseAlternatives, phraseScanner, WORD_START, withLoweredTwin } from "../text";
import { vagueBounds } from "../lexicon/vague";
import { digitPattern, parseDigits } from "./digits";
import { fractionLexicon } from "./fractions";
import { countsOneInContext } from "./one";
import { numberWordsOpenWithWord, parseNumberWords, wordAlternatives, wordNumberPattern } from "./words";
import { headNouns, numberWordsOf, scaleWordsOf } from "../lexicon/word-maps";

export type CoreKind = "vague" | "collective" | "digits" | "words";

export interface Core {
  start: number;
  end: number;
  kind: CoreKind;
  /** Exact value for digits, words and collectives. */
  value: number | null;
  /** Bounds for vague quantities. */
  low: number | null;
  high: number | null;
  /** Digits with no separator and no scale: candidates for years. */
  plainDigits: string | null;
  hasScale: boolean;
  /** The scale word's value ("millions" 1e6), 1 when none. */
  scale: number;
}

interface Scanners {
  vague: RegExp;
  collective: RegExp;
  digits: RegExp;
  words: RegExp;
}

const NOT_WORD = "(?![\\p{L}\\p{N}])";
const SPACES = "[\\s\\u00A0\\u202F]+";

function buildScanners(lexicon: Lexicon): Scanners {
  const plural = lexicon.vagueScales.map((s) => s.plural);
  const singular = lexicon.vagueScales.flatMap((s) => (s.singular ? [s.singular] : []));
  const quantifier = phraseAlternation(lexicon.boundedVagueQuantifiers);
  const scale = phraseAlternation([...plural, ...singular]);
  // "des dizaines de milliers", "tens of thousands", "several hundred thousand": a bigger scale after the first.
  const big = phraseAlternation([...plural, ...singular].filter((p) => /^(milliers|millions|milliards|thousands|billions|thousand|million|billion)$/.test(p)));
  const vague = `(?:(${quantifier})${SPACES})?(${scale})(?:${SPACES}(?:(?:${lexicon.vagueJoiner})${SPACES})?(${big}))?`;
  const scaleWords = phraseAlternation(Object.keys(lexicon.scaleWords));
  const digits = `(?<![\\p{L}\\p{N}.,])(${digitPattern(lexicon)})(?:[\\s\\u00A0\\u202F]?(${scaleWords}))?${NOT_WORD}`;
  const scanners = {
    vague: new RegExp(vague, "giu"),
    collective: phraseScanner(Object.keys(lexicon.collectives)),
    digits: new RegExp(digits, "giu"),
    words: withLoweredTwin(
      new RegExp(wordNumberPattern(lexicon, !numberWordsOpenWithWord(lexicon)), "giu"),
      () => wordNumberPattern(lexicon, !numberWordsOpenWithWord(lexicon), true),
      [...wordAlternatives(lexicon), ...lexicon.numberJoiners],
    ),
  };
  // A vague quantity holds a scale word; a run of number words opens with one.
  registerScanner(scanners.vague, [...plural, ...singular]);
  registerScanner(scanners.words, wordAlternatives(lexicon));
  return scanners;
}

const scanners = perLexicon(buildScanners);

interface FractionScanners {
  /** A fraction right after a number: "et demi", "and a half". */
  after: RegExp;
  /** A fraction before a scale word: "half a million". */
  before: RegExp;
  /** The joiner a run of number words took from a fraction: "a million and a" of "a million and a half". */
  trailingJoiner: RegExp;
  /** Only a joiner between a whole number and its fraction: "two and a half million". */
  joinsFraction: RegExp;
}

const fractionScanners = perLexicon((lexicon): FractionScanners => {
  const f = fractionLexicon(lexicon.language);
  const before = new RegExp(`${WORD_START}(${phraseAlternatives(Object.keys(f.before))})[\\s\\u00A0\\u202F-]*(${phraseAlternatives(Object.keys(f.scales))})`, "giu");
  // Every match opens with a fraction's words: a sentence without them is not scanned.
  registerScanner(before, Object.keys(f.before));
  return {
    after: new RegExp(`^${SPACES}(${phraseAlternatives(Object.keys(f.after))})`, "iu"),
    before,
    trailingJoiner: new RegExp(`[\\s\\u00A0]+(?:${lexicon.numberJoiners.join("|")})[\\s\\u00A0]+[\\p{L}]+$`, "iu"),
    joinsFraction: new RegExp(`^[\\s\\u00A0]+(?:${lexicon.numberJoiners.join("|")})[\\s\\u00A0]+$`, "iu"),
  };
});

const fold = (phrase: string) => phrase.toLowerCase().replace(/[\s\u00A0\u202F]+/g, " ");

/** The part a fraction right after `end` adds to a number whose last scale is `scale`, and how long it is. */
function fractionAfter(text: string, end: number, scale: number, lexicon: Lexicon): { add: number; length: number } | null {
  if (scale <= 1) return null;
  const m = fractionScanners(lexicon).after.exec(text.slice(end, end + 24));
  const part = m ? fractionLexicon(lexicon.language).after[fold(m[1] ?? "")] : undefined;
  return m && part !== undefined ? { add: part * scale, length: m[0].length } : null;
}

/** The value of the last scale word of a run of number words ("deux millions" → 1e6), 1 when none. */
function lastScale(raw: string, lexicon: Lexicon): number {
  const last = fold(raw).split(/[\s-]+/).pop() ?? "";
  return fractionLexicon(lexicon.language).scales[last] ?? 1;
}

function scanFractionsBefore(text: string, lexicon: Lexicon, out: Core[]): void {
  const f = fractionLexicon(lexicon.language);
  const { before: regex, joinsFraction } = fractionScanners(lexicon);
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const part = f.before[fold(m[1] ?? "")];
    const scale = f.scales[fold(m[2] ?? "")];
    if (part === undefined || scale === undefined) continue;
    // "two and a half million": the whole number before the fraction is counted in the same scale.
    const at = m.index;
    const whole = out.findIndex((c) => (c.kind === "words" || c.kind === "digits") && !c.hasScale && c.value !== null && c.end < at && joinsFraction.test(text.slice(c.end, at)));
    const before = whole >= 0 ? (out.splice(whole, 1)[0] as Core) : null;
    const value = ((before?.value ?? 0) + part) * scale;
    out.push({ start: before?.start ?? at, end: at + m[0].length, kind: "words", value, low: null, high: null, plainDigits: null, hasScale: true, scale });
  }
}

function scaleValue(lexicon: Lexicon, word: string | undefined): number {
  if (!word) return 1;
  const lower = word.toLowerCase();
  const fromScale = scaleWordsOf(lexicon).get(lower);
  if (fromScale !== undefined) return fromScale;
  return lexicon.vagueScales.find((s) => s.plural === lower || s.singular === lower)?.value ?? 1;
}

function scanVague(text: string, lexicon: Lexicon, regex: RegExp, out: Core[]): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const bounded = m[1] !== undefined;
    const first = (m[2] ?? "").toLowerCase();
    const isPlural = lexicon.vagueScales.some((s) => s.plural === first);
    if (!bounded && !isPlural) continue;
    const scale = scaleValue(lexicon, first) * scaleValue(lexicon, m[3]);
    const { low, high } = vagueBounds(scale, bounded);
    out.push({ start: m.index, end: m.index + m[0].length, kind: "vague", value: null, low, high, plainDigits: null, hasScale: true, scale });
  }
}

function scanCollectives(text: string, lexicon: Lexicon, regex: RegExp, out: Core[]): void {
  regex.lastIndex = 0;
  for (let m = nextAtWordStart(regex, text); m; m = nextAtWordStart(regex, text)) {
    const key = m[0].toLowerCase().replace(/[\s\u00A0\u202F]+/g, " ").replace(/’/g, "'");
    const value = lexicon.collectives[key] ?? null;
    if (value !== null) out.push({ start: m.index, end: m.index + m[0].length, kind: "collective", value, low: null, high: null, plainDigits: null, hasScale: false, scale: 1 });
  }
}

/**
 * "injured 5.000": in an English text a lone point before three digits groups
 * thousands, as French-style writing does, when no scale word follows (a count is
 * whole; "2.125 million" keeps its decimals).
 */
const POINT_GROUPED = /^\d{1,3}\.\d{3}$/;

function scanDigits(text: string, lexicon: Lexicon, regex: RegExp, out: Core[]): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const raw = m[1] ?? "";
    const hasScale = m[2] !== undefined;
    const base = hasScale || !POINT_GROUPED.test(raw) || lexicon.decimalMark !== "." ? parseDigits(raw, lexicon) : Number(raw.replace(".", ""));
    if (base === null) continue;
    const scale = scaleValue(lexicon, m[2]);
    const fraction = hasScale ? fractionAfter(text, m.index + m[0].length, scale, lexicon) : null;
    const value = base * scale + (fraction?.add ?? 0);
    const plainDigits = !hasScale && /^\d+$/.test(raw) ? raw : null;
    out.push({ start: m.index, end: m.index + m[0].length + (fraction?.length ?? 0), kind: "digits", value, low: null, high: null, plainDigits, hasScale, scale });
  }
}

const joinerRegex = perLexicon(
  (lexicon): RegExp => new RegExp(`[\\s\\u00A0]+(?:${lexicon.numberJoiners.join("|")})[\\s\\u00A0]+`, "giu"),
);

/** Stops a run of number words before "et"/"and" joining two small numbers ("deux et trois"). */
function trimWordRun(raw: string, lexicon: Lexicon): string {
  const joiner = joinerRegex(lexicon);
  joiner.lastIndex = 0;
  for (let m = joiner.exec(raw); m; m = joiner.exec(raw)) {
    const before = raw.slice(0, m.index).split(/[\s\u00A0-]+/).pop()?.toLowerCase() ?? "";
    const value = numberWordsOf(lexicon).get(before);
    if (value !== undefined && value < 20) return raw.slice(0, m.index);
  }
  return raw;
}

const NEXT_WORD = /^[\s\u00A0]+([\p{L}-]+)/u;

/** "one death", "un blessé": the weak word counts one when a casualty noun follows it at once. */
function countsOneCasualty(text: string, word: { index: number; length: number }, lexicon: Lexicon): boolean {
  if (!lexicon.oneBeforeCasualty.includes(text.slice(word.index, word.index + word.length).toLowerCase())) return false;
  const next = NEXT_WORD.exec(text.slice(word.index + word.length, word.index + word.length + 24));
  const head = next ? headNouns(lexicon).get(normalizeWord(next[1] ?? "")) : undefined;
  // "une victime a porté plainte" is one person speaking, not a toll: only the dead and the injured.
  return head?.kind === "casualty" && (head.category === "killed" || head.category === "injured");
}

function scanWords(text: string, lexicon: Lexicon, regex: RegExp, out: Core[]): void {
  regex.lastIndex = 0;
  for (let m = nextAtWordStart(regex, text); m; m = nextAtWordStart(regex, text)) {
    if (m[0].length <= 3 && lexicon.weakNumberWords.includes(m[0].toLowerCase())) {
      if (countsOneCasualty(text, { index: m.index, length: m[0].length }, lexicon) || countsOneInContext(text, m.index, m.index + m[0].length, lexicon, out)) out.push({ start: m.index, end: m.index + m[0].length, kind: "words", value: 1, low: null, high: null, plainDigits: null, hasScale: false, scale: 1 });
      continue;
    }
    let raw = trimWordRun(m[0], lexicon);
    const joiner = fractionScanners(lexicon).trailingJoiner.exec(raw);
    if (joiner && fractionScanners(lexicon).after.test(text.slice(m.index + joiner.index, m.index + joiner.index + 24))) raw = raw.slice(0, joiner.index);
    const value = parseNumberWords(raw, lexicon);
    if (value === null || value === 0) continue;
    const fraction = fractionAfter(text, m.index + raw.length, lastScale(raw, lexicon), lexicon);
    const end = m.index + raw.length + (fraction?.length ?? 0);
    out.push({ start: m.index, end, kind: "words", value: value + (fraction?.add ?? 0), low: null, high: null, plainDigits: null, hasScale: false, scale: 1 });
  }
}

const PRIORITY: Record<CoreKind, number> = { vague: 0, collective: 1, digits: 2, words: 3 };

/** Keeps non-overlapping cores: earliest start, then longest, then the more specific kind. */
function resolveOverlaps(cores: Core[]): Core[] {
  cores.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const kept: Core[] = [];
  let reach = -1;
  for (const core of cores) {
    if (core.start < reach) continue;
    kept.push(core);
    reach = core.end;
  }
  return kept;
}

/** Whether `scanner` may match where `words` were read (always, with no words to ask). */
function mayMatch(words: PhraseFilter | undefined, scanner: RegExp): boolean {
  return !words || words.mayMatch(scanner);
}

/** `words`, the sentence's words, skips the scans that cannot find anything in it. */
export function scanCores(text: string, lexicon: Lexicon, words?: PhraseFilter): Core[] {
  const s = scanners(lexicon);
  const cores: Core[] = [];
  if (mayMatch(words, s.vague)) scanVague(text, lexicon, s.vague, cores);
  if (mayMatch(words, s.collective)) scanCollectives(text, lexicon, s.collective, cores);
  scanDigits(text, lexicon, s.digits, cores);
  if (mayMatch(words, s.words)) scanWords(text, lexicon, s.words, cores);
  if (mayMatch(words, fractionScanners(lexicon).before)) scanFractionsBefore(text, lexicon, cores);
  return resolveOverlaps(cores);
}
