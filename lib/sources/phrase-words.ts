// The word lists and token tests a speaker's noun phrase is read with
// (lib/sources/noun-phrase.ts): which words stop it, join it, or stand in it
// as one word (an acronym in brackets, a short name in quotes, "U.S.").
import type { Language } from "../claims/claim";
import { lexiconFor } from "../extract/lexicon";
import { EN_SPEAKERS, FR_SPEAKERS, type SpeakerLexicon } from "../extract/lexicon/speakers";
import { PhraseSet } from "./phrase-set";
import type { Token } from "./tokens";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const ONE_CAPITAL = /^\p{Lu}$/u;
const SHORT_CAPITALIZED = /^\p{Lu}[\p{L}\p{N}-]{1,9}$/u;
const LY_WORD = /^\p{Ll}{3,}ly$/u;

export interface Sets {
  determiners: PhraseSet;
  joiners: PhraseSet;
  nameJoiners: PhraseSet;
  stops: PhraseSet;
  gap: PhraseSet;
  pronouns: PhraseSet;
  figureNouns: PhraseSet;
  documentNouns: PhraseSet;
  notSpeakers: PhraseSet;
  bareSpeakers: PhraseSet;
  figureAdjectives: PhraseSet;
  figureLinks: PhraseSet;
  placeParticiples: PhraseSet;
  nounsAfterDeterminer: PhraseSet;
}

const LEXICON: Record<Language, SpeakerLexicon> = { fr: FR_SPEAKERS, en: EN_SPEAKERS };
const built = new Map<Language, Sets>();

export function sets(language: Language): Sets {
  let s = built.get(language);
  if (!s) {
    const l = LEXICON[language];
    const make = (list: string[]) => new PhraseSet(list, language);
    s = {
      determiners: make(l.determiners), joiners: make(l.joiners), nameJoiners: make(l.nameJoiners), stops: make(l.stops),
      gap: make(l.gap), pronouns: make(l.pronouns), figureNouns: make(l.figureNouns), documentNouns: make(l.documentNouns), notSpeakers: make(l.notSpeakers),
      bareSpeakers: make(l.bareSpeakers),
      figureAdjectives: make(l.figureAdjectives),
      figureLinks: make(l.figureLinks),
      placeParticiples: make(l.placeParticiples),
      nounsAfterDeterminer: make(l.nounsAfterDeterminer),
    };
    built.set(language, s);
  }
  return s;
}

/** "U.S." keeps its dots. */
export const isAbbreviationDot = (tokens: readonly Token[], i: number) => tokens[i]?.text === "." && ONE_CAPITAL.test(tokens[i - 1]?.text ?? "") && tokens[i - 1]?.end === tokens[i]?.start;

/** "(CGT)", and short names written as words: "(Ocha)", "(Acled)". */
export const isShortName = (t: Token | undefined) => Boolean(t && (t.acronym || SHORT_CAPITALIZED.test(t.text)));

export function acronymAt(tokens: readonly Token[], i: number): string | null {
  const inner = tokens[i + 1];
  return tokens[i]?.text === "(" && isShortName(inner) && tokens[i + 2]?.text === ")" ? (inner as Token).text : null;
}

/** "Armed Conflict Location & Event Data": an ampersand between capitalised words joins one name. */
export const isNameAmpersand = (tokens: readonly Token[], i: number) => tokens[i]?.text === "&" && Boolean(tokens[i - 1]?.capital) && Boolean(tokens[i + 1]?.capital);

const QUOTES: Record<string, string> = { "«": "»", "“": "”", '"': '"' };
const CLOSING = new Map(Object.entries(QUOTES).map(([open, close]) => [close, open]));
/** Words a name in quotes holds at most: more are a quotation. */
const QUOTED_NAME_WORDS = 5;

/** "le collectif «Le Nombre Jaune»": a short capitalised name in quotes is one word of the phrase. Where its other quote is, or -1. */
export function quotedNameEnd(tokens: readonly Token[], i: number, step: 1 | -1): number {
  const mark = tokens[i]?.text ?? "";
  const other = step === 1 ? QUOTES[mark] : CLOSING.get(mark);
  if (!other) return -1;
  for (let k = i + step, words = 0; k >= 0 && k < tokens.length && words <= QUOTED_NAME_WORDS; k += step, words++) {
    const t = tokens[k] as Token;
    if (t.text === other) {
      const first = tokens[Math.min(i, k) + 1];
      return words > 0 && first?.capital ? k : -1;
    }
    if (t.punct || t.digit) return -1;
  }
  return -1;
}

/** A stop word that is a noun here ("l'est") or a preposition a place participle carries ("based in"). */
export function stopsPhrase(tokens: readonly Token[], i: number, s: Sets): boolean {
  const t = tokens[i] as Token;
  if (!s.stops.has(t.lower)) return false;
  if (s.nounsAfterDeterminer.has(t.lower) && s.determiners.matchEndingAt(tokens, i - 1)) return false;
  // "based in": only a lowercase participle inside a phrase ("Based on reports" opens a sentence).
  return !(s.placeParticiples.matchEndingAt(tokens, i - 1) && !tokens[i - 1]?.capital && !PARTICIPLE_STOPS_KEPT.has(t.lower));
}
/** Prepositions a place participle never carries: "based on" gives a reason, not a place. */
const PARTICIPLE_STOPS_KEPT = new Set(["on", "sur"]);

/** English adverbs between a subject and its verb: "the ministry officially said". */
export const isAdverb = (t: Token | undefined, language: Language) => language === "en" && Boolean(t && !t.capital && LY_WORD.test(t.text) && !NOUNS_IN_LY.has(t.lower));
const NOUNS_IN_LY = new Set(["family", "assembly", "ally", "supply", "monopoly", "anomaly", "rally", "italy"]);

/** Cardinal words that count a speaker's noun ("neuf militaires", "nine soldiers"); "un", "a" are determiners already. */
const COUNT_WORDS: Record<Language, Set<string>> = {
  fr: countWords("fr"),
  en: countWords("en"),
};
function countWords(language: Language): Set<string> {
  const l = lexiconFor(language);
  return new Set(Object.entries(l.numberWords).filter(([, n]) => n > 1).map(([w]) => w));
}
const isCountWord = (t: Token | undefined, language: Language) => Boolean(t && !t.punct && !t.digit && t.lower.split("-").every((w) => COUNT_WORDS[language].has(w)));
const DIGITS_ONLY = /^\p{N}+$/u;
/** "1,200", "1.200": a separator inside a number, touching the digits before it. */
const inNumber = (tokens: readonly Token[], i: number) => (tokens[i]?.text === "," || tokens[i]?.text === ".") && tokens[i - 1]?.end === tokens[i]?.start && Boolean(tokens[i + 1]?.digit);

/**
 * How many tokens a count that ends at `i` holds: "9", "1 200", "1,200",
 * "neuf", "vingt-deux", "deux cents". A count opening a speaker's phrase
 * ("9 militaires ont déclaré", "Neuf militaires ont déclaré") is read as a
 * determiner, in digits or in words alike; 0 when none ends there.
 */
export function countEndingAt(tokens: readonly Token[], i: number, language: Language): number {
  return isSpeakerCount(tokens[i], language) && !isSpeakerCount(tokens[i - 1], language) && !tokens[i - 1]?.digit ? 1 : 0;
}

/** How many tokens a count that opens at `i` holds (see `countEndingAt`): one, or none. */
export function countAt(tokens: readonly Token[], i: number, language: Language): number {
  return isSpeakerCount(tokens[i], language) && !isSpeakerCount(tokens[i + 1], language) && !tokens[i + 1]?.digit && !inNumber(tokens, i + 1) ? 1 : 0;
}

/**
 * The speakers of one sentence are a few: a count of them is one word or
 * one run of digits under a hundred ("9", "neuf", "vingt-deux"). "47.800
 * manifestants", "1,5 million de personnes", "300 policiers" are figures.
 */
function isSpeakerCount(t: Token | undefined, language: Language): boolean {
  if (!t || t.punct) return false;
  if (t.digit) return DIGITS_ONLY.test(t.text) && Number(t.text) > 1 && Number(t.text) < MAX_SPEAKER_COUNT;
  return isCountWord(t, language) && !t.lower.split("-").some((w) => MULTIPLIERS[language].has(w));
}
const MAX_SPEAKER_COUNT = 100;
const MULTIPLIERS: Record<Language, Set<string>> = {
  fr: new Set(Object.keys(lexiconFor("fr").multiplierWords)),
  en: new Set(Object.keys(lexiconFor("en").multiplierWords)),
};

export function isWord(t: Token | undefined, s: Sets): boolean {
  return Boolean(t && !t.punct && !t.digit && !s.stops.has(t.lower) && !s.determiners.has(t.lower));
}
