// Stage 4: turn cores into quantities — read the approximators and bounds
// written before them ("près de", "at least", "jusqu'à"), join ranges
// ("entre 10 000 et 12 000", "10,000 to 12,000", "10 000-12 000") and give
// each a value {low, best, high} with its qualifier.
import type { ClaimValue, Qualifier } from "../claims/claim";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { Core } from "./numbers/scan";
import { chainOpenedAt } from "./chains";
import { isDayOfMonth } from "./filters";
import { PhraseEnding } from "./phrase-ending";
import { phraseAlternation, phraseAlternatives, WORD_START } from "./text";

export interface Quantity {
  /** Offsets relative to the sentence; start includes the modifier. */
  start: number;
  end: number;
  /** Where the number itself starts (after the modifier). */
  coreStart: number;
  value: ClaimValue;
  qualifier: Qualifier;
  kind: Core["kind"] | "range";
  cores: Core[];
}

type Modifier = "approx" | "at_least" | "at_most" | "up_to";

const MODIFIER_ORDER: Modifier[] = ["approx", "at_least", "at_most", "up_to"];
/** Longest modifier phrase ("aux alentours de") fits in this many characters. */
const MODIFIER_WINDOW = 24;

interface ModifierRegexes {
  /** One capture group per modifier kind, anchored at the end: the leftmost match is the longest. */
  modifiers: PhraseEnding;
  rangeOpener: RegExp;
  rangeAnd: RegExp;
  rangeTo: RegExp;
}

const BETWEEN_SPACES = "[\\s\\u00A0\\u202F]*";

const regexes = perLexicon((lexicon): ModifierRegexes => {
  const modifierLists = [lexicon.approximators, lexicon.atLeast, lexicon.atMost, lexicon.upTo];
  const joiner = (words: string[]) =>
    new RegExp(`^${BETWEEN_SPACES}(?:${words.join("|")})${BETWEEN_SPACES}$`, "iu");
  return {
    modifiers: new PhraseEnding(
      modifierLists.flat(),
      new RegExp(`${WORD_START}(?:${modifierLists.map((list) => `(${phraseAlternatives(list)})`).join("|")})${BETWEEN_SPACES}$`, "iu"),
    ),
    // "between about 800 and 8,500", "entre environ 800 et 1 000": an approximator may follow the opener.
    rangeOpener: new RegExp(`${phraseAlternation(lexicon.rangeOpeners)}(?:${BETWEEN_SPACES}(?:${phraseAlternatives(lexicon.approximators)}))?${BETWEEN_SPACES}$`, "iu"),
    rangeAnd: joiner(lexicon.rangeAndJoiners),
    rangeTo: joiner(lexicon.rangeToJoiners),
  };
});

/** The longest modifier phrase ending right before the core, if any. */
function modifierBefore(sentence: string, core: Core, lexicon: Lexicon): { modifier: Modifier; length: number } | null {
  const before = sentence.slice(Math.max(0, core.start - MODIFIER_WINDOW), core.start);
  const { modifiers } = regexes(lexicon);
  const m = modifiers.mayEnd(before) ? modifiers.regex.exec(before) : null;
  if (!m) return null;
  const group = MODIFIER_ORDER.findIndex((_, i) => m[i + 1] !== undefined);
  return { modifier: MODIFIER_ORDER[group] ?? "approx", length: m[0].length };
}

function pointValue(value: number, modifier: Modifier | null): { value: ClaimValue; qualifier: Qualifier } {
  switch (modifier) {
    case "approx":
      return { value: { low: value, best: value, high: value }, qualifier: "approx" };
    case "at_least":
      return { value: { low: value, best: value, high: null }, qualifier: "at_least" };
    case "at_most":
      return { value: { low: null, best: value, high: value }, qualifier: "at_most" };
    case "up_to":
      return { value: { low: null, best: value, high: value }, qualifier: "up_to" };
    default:
      return { value: { low: value, best: value, high: value }, qualifier: "exact" };
  }
}

function vagueValue(core: Core, modifier: Modifier | null): { value: ClaimValue; qualifier: Qualifier } {
  const high = modifier === "at_least" ? null : core.high;
  return { value: { low: core.low, best: null, high }, qualifier: "vague" };
}

function toQuantity(sentence: string, core: Core, lexicon: Lexicon): Quantity {
  const mod = modifierBefore(sentence, core, lexicon);
  const modifier = mod?.modifier ?? null;
  const start = core.start - (mod?.length ?? 0);
  let read: { value: ClaimValue; qualifier: Qualifier };
  if (core.kind === "vague") read = vagueValue(core, modifier);
  else if (core.kind === "collective") read = pointValue(core.value ?? 0, modifier === null ? "approx" : modifier);
  else read = pointValue(core.value ?? 0, modifier);
  return { start, end: core.end, coreStart: core.start, kind: core.kind, cores: [core], ...read };
}

function isPoint(core: Core): boolean {
  return (core.kind === "digits" || core.kind === "words") && core.value !== null;
}

/** "entre 1,5 et 2 millions": the scale written once applies to both ends. */
function rangeEnds(first: Core, second: Core): [number, number] {
  let low = first.value ?? 0;
  const high = second.value ?? 0;
  if (!first.hasScale && second.hasScale && low * second.scale <= high * 10) low *= second.scale;
  return low <= high ? [low, high] : [high, low];
}

function tryRange(sentence: string, first: Core, second: Core, lexicon: Lexicon): Quantity | null {
  if (!isPoint(first) || !isPoint(second)) return null;
  const between = sentence.slice(first.end, second.start);
  if (between.length > 8) return null;
  const r = regexes(lexicon);
  const before = sentence.slice(Math.max(0, first.start - 40), first.start);
  const opener = r.rangeOpener.exec(before);
  const joined = (opener && r.rangeAnd.test(between)) || r.rangeTo.test(between);
  // "passé de 120 à 340", "rose from 120 to 340": two steps of a count, not a range.
  if (!joined || (!opener && chainOpenedAt(sentence, first.start, lexicon) >= 0)) return null;
  // "on Jan. 23 to 150,000": a date's day and the next step of a chain.
  if (isDayOfMonth(first, sentence, lexicon) || isDayOfMonth(second, sentence, lexicon)) return null;
  const [low, high] = rangeEnds(first, second);
  if (low === high) return null;
  const start = opener ? first.start - opener[0].length : first.start;
  return {
    start,
    end: second.end,
    coreStart: first.start,
    kind: "range",
    cores: [first, second],
    value: { low, best: (low + high) / 2, high },
    qualifier: "range",
  };
}

/** Quantities in sentence order, ranges joined. */
export function toQuantities(sentence: string, cores: Core[], lexicon: Lexicon): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < cores.length; i++) {
    const core = cores[i] as Core;
    const next = cores[i + 1];
    const range = next ? tryRange(sentence, core, next, lexicon) : null;
    if (range) {
      out.push(range);
      i++;
      continue;
    }
    out.push(toQuantity(sentence, core, lexicon));
  }
  return out;
}
