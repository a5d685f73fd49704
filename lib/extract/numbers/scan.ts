// Stage 2: find every written quantity in a sentence — digits with an optional
// scale word, number words, collective nouns ("une douzaine") and vague
// quantities ("plusieurs milliers", "tens of thousands") — as "cores" with
// offsets relative to the sentence. Modifiers and ranges come later.
import type { Lexicon } from "../lexicon";
import { perLexicon } from "../lexicon/per-lexicon";
import { nextAtWordStart, phraseAlternation, phraseScanner } from "../text";
import { vagueBounds } from "../lexicon/vague";
import { digitPattern, parseDigits } from "./digits";
import { numberWordsOpenWithWord, parseNumberWords, wordNumberPattern } from "./words";

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
  const big = phraseAlternation(plural.filter((p) => /^(milliers|millions|milliards|thousands|millions|billions)$/.test(p)));
  const vague = `(?:(${quantifier})${SPACES})?(${scale})(?:${SPACES}(?:${lexicon.vagueJoiner})${SPACES}(${big}))?`;
  const scaleWords = phraseAlternation(Object.keys(lexicon.scaleWords));
  const digits = `(?<![\\p{L}\\p{N}.,])(${digitPattern(lexicon)})(?:[\\s\\u00A0\\u202F]?(${scaleWords}))?${NOT_WORD}`;
  return {
    vague: new RegExp(vague, "giu"),
    collective: phraseScanner(Object.keys(lexicon.collectives)),
    digits: new RegExp(digits, "giu"),
    words: new RegExp(wordNumberPattern(lexicon, !numberWordsOpenWithWord(lexicon)), "giu"),
  };
}

const scanners = perLexicon(buildScanners);

function scaleValue(lexicon: Lexicon, word: string | undefined): number {
  if (!word) return 1;
  const lower = word.toLowerCase();
  const fromScale = lexicon.scaleWords[lower];
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

function scanDigits(text: string, lexicon: Lexicon, regex: RegExp, out: Core[]): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const raw = m[1] ?? "";
    const base = parseDigits(raw, lexicon);
    if (base === null) continue;
    const hasScale = m[2] !== undefined;
    const scale = scaleValue(lexicon, m[2]);
    const value = base * scale;
    const plainDigits = !hasScale && /^\d+$/.test(raw) ? raw : null;
    out.push({ start: m.index, end: m.index + m[0].length, kind: "digits", value, low: null, high: null, plainDigits, hasScale, scale });
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
    const value = lexicon.numberWords[before];
    if (value !== undefined && value < 20) return raw.slice(0, m.index);
  }
  return raw;
}

function scanWords(text: string, lexicon: Lexicon, regex: RegExp, out: Core[]): void {
  regex.lastIndex = 0;
  for (let m = nextAtWordStart(regex, text); m; m = nextAtWordStart(regex, text)) {
    if (m[0].length <= 3 && lexicon.weakNumberWords.includes(m[0].toLowerCase())) continue;
    const raw = trimWordRun(m[0], lexicon);
    const value = parseNumberWords(raw, lexicon);
    if (value === null || value === 0) continue;
    out.push({ start: m.index, end: m.index + raw.length, kind: "words", value, low: null, high: null, plainDigits: null, hasScale: false, scale: 1 });
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

export function scanCores(text: string, lexicon: Lexicon): Core[] {
  const s = scanners(lexicon);
  const cores: Core[] = [];
  scanVague(text, lexicon, s.vague, cores);
  scanCollectives(text, lexicon, s.collective, cores);
  scanDigits(text, lexicon, s.digits, cores);
  scanWords(text, lexicon, s.words, cores);
  return resolveOverlaps(cores);
}
