// Stage 11: denials. "Pyongyang a démenti …", "Peskov a rejeté les
// allégations … les qualifiant de canular", "the Kremlin denied …". The denier
// is the source named before the verb, or after "par"/"by" when the verb is
// passive; a verb that needs an object denies only with one (see
// lexicon/denials.ts). What is denied is read from the
// sentence or the one before (troops sent → soldiers, deployed). A denial
// with no figure has value {null, null, null} and qualifier "exact": the
// contract needs a qualifier, and "exact" says nothing was hedged.
import type { Agency } from "../sources/agencies";
import type { AgencyMention } from "../sources/find-agencies";
import type { Lexicon } from "./lexicon";
import { denialLexicon } from "./lexicon/denials";
import { perLexicon } from "./lexicon/per-lexicon";
import type { HeadNoun } from "./lexicon/types";
import type { PhraseFilter } from "./sentence-words";
import { allWordMatches, firstAtWordStart, normalizeWord, phraseAlternation, phraseScanner } from "./text";
import { demonymsOf, headNouns, nationalitiesOf } from "./lexicon/word-maps";

export interface Denial {
  /** Offset of the denial verb in the sentence. */
  verbStart: number;
  verbEnd: number;
  denier: Agency;
  /** What the denial is about is named before the verb ("des chiffres contestés par la police"). */
  passive: boolean;
  /** The denial names a figure ("ce chiffre", "the toll"): it disputes a figure, not a report in general. */
  aboutFigure: boolean;
  /** Where, in the sentence, what is denied is said: after the verb, or before a passive one. */
  object: { start: number; end: number };
}

interface DenialRegexes {
  /** The words of the three below in one scan: most sentences hold none of them. */
  anyCue: RegExp;
  /** A word of each verb that denies by itself, and of each that needs an object: a sentence with none of them and no word running a figure down denies nothing. */
  trigger: RegExp;
  rejectTrigger: RegExp;
  verbs: RegExp;
  rejectVerbs: RegExp;
  judgeVerbs: RegExp;
  claimNouns: RegExp;
  figureNouns: RegExp;
  disparaging: RegExp;
  negated: RegExp;
  negatedAfter: RegExp;
  agent: RegExp;
}

/** How far before its verb a denier may be named. */
const DENIER_REACH = 160;
/** How far from the verb its object (a claim noun, a word running the figure down) is looked for. */
const OBJECT_REACH = 140;
/** How far after an agent marker the denier's name may start ("par la seule CGT"). */
const AGENT_REACH = 12;

const AUXILIARIES = new Set(["a", "ont", "avait", "avaient", "has", "have", "had"]);

/**
 * One word per phrase a sentence must hold for the phrase to be there: the
 * participle after an auxiliary, else the longest word ("doubt" of "cast
 * doubt on", never "on"), so the cheap scan rarely fires.
 */
const triggerWords = (list: string[]) =>
  list.map((p) => {
    const words = p.split(/\s+/);
    if (AUXILIARIES.has(words[0] ?? "")) return words.at(-1) ?? p;
    return words.reduce((a, b) => (b.length > a.length ? b : a));
  });

const regexes = perLexicon((lexicon): DenialRegexes => {
  const d = denialLexicon(lexicon.language);
  const negatedAfter = d.negationsAfter.length ? `^[\\s\\u00A0]+(?:${phraseAlternation(d.negationsAfter)})` : "(?!)";
  return {
    anyCue: phraseScanner([...triggerWords(d.verbs), ...triggerWords(d.rejectVerbs), ...d.disparaging]),
    trigger: phraseScanner(triggerWords(d.verbs)),
    rejectTrigger: phraseScanner(triggerWords(d.rejectVerbs)),
    verbs: phraseScanner(d.verbs),
    rejectVerbs: phraseScanner(d.rejectVerbs),
    judgeVerbs: phraseScanner(d.judgeVerbs),
    claimNouns: phraseScanner(d.claimNouns),
    figureNouns: phraseScanner(d.figureNouns),
    disparaging: phraseScanner(d.disparaging),
    // "did not deny", "n'a pas démenti": the negation stands right before the verb, or one word before it.
    negated: new RegExp(`(?:${phraseAlternation(d.negations)}|n't|(?<!\\p{L})n['’])[\\s\\u00A0]*(?:[\\p{L}'’]+[\\s\\u00A0]+)?$`, "iu"),
    negatedAfter: new RegExp(negatedAfter, "iu"),
    // "contestés par la police", "disputed by the union", "criticism from experts": up to two words between.
    agent: new RegExp(`^[\\s\\u00A0]+(?:[\\p{L}'’-]+[\\s\\u00A0]+){0,2}?(?:${phraseAlternation(d.agentMarkers)})[\\s\\u00A0]+`, "iu"),
  };
});

interface VerbMatch {
  start: number;
  end: number;
}

const has = (regex: RegExp, text: string, words?: PhraseFilter) => firstAtWordStart(regex, text, words) !== null;

/** A denial verb that stands as one: a verb that needs an object has it, and no negation cancels it. */
function denialVerbs(sentence: string, r: DenialRegexes, cues: { self: boolean; rejects: boolean; runsDown: boolean }, words?: PhraseFilter): VerbMatch[] {
  const found: VerbMatch[] = [];
  const consider = (regex: RegExp, needs: (object: string) => boolean) => {
    for (const m of allWordMatches(regex, sentence, words)) {
      if (found.some((f) => m.start < f.end && f.start < m.end)) continue;
      const passive = r.agent.test(sentence.slice(m.end, m.end + 40));
      // A passive verb's object stands before it; "qualifié de ridicule par" runs it down after it.
      const object = sentence.slice(passive ? Math.max(0, m.start - OBJECT_REACH) : m.end, m.end + OBJECT_REACH);
      if (!needs(object)) continue;
      if (r.negated.test(sentence.slice(Math.max(0, m.start - 30), m.start))) continue;
      if (r.negatedAfter.test(sentence.slice(m.end, m.end + 12))) continue;
      found.push({ start: m.start, end: m.end });
    }
  };
  if (cues.self) consider(r.verbs, () => true);
  if (cues.rejects) consider(r.rejectVerbs, (object) => has(r.claimNouns, object) || has(r.disparaging, object));
  if (cues.runsDown) consider(r.judgeVerbs, (object) => has(r.disparaging, object));
  return found.sort((a, b) => a.start - b.start);
}

/** What a denial is read from besides the sentence's text: asked only once a denial verb is found. */
export interface DenialReader {
  /** The known names of the sentence. */
  mentions(): AgencyMention[];
  /**
   * The speaker a noun phrase names, read as attributions read theirs: the
   * phrase that starts at `at` (after) or ends there (before), with its span.
   */
  speakerAt?(at: number, after: boolean): AgencyMention | null;
}

/** How far before the verb the subject phrase may end: auxiliaries and adverbs stand between ("have expressed"). */
const SUBJECT_GAP = 12;
/** A known name this close before the verb, in its clause, is its subject ("the Kremlin spokesman Dmitry Peskov at the time also dismissed"). */
const CLAUSE_REACH = 80;

/**
 * Who denies: the agent after "par"/"by" of a passive verb; else a known name
 * in the verb's clause; else the noun phrase right before the verb; else, for
 * a verb in a participle clause (", accusing …"), the phrase opening the
 * sentence; else the known name nearest before.
 */
function denierOf(sentence: string, verb: VerbMatch, mentions: AgencyMention[], r: DenialRegexes, reader: DenialReader): { denier: Agency; passive: boolean } | null {
  const agent = r.agent.exec(sentence.slice(verb.end, verb.end + 40));
  if (agent) {
    const from = verb.end + agent[0].length;
    const after = mentions.find((m) => m.start >= from && m.start - from <= AGENT_REACH) ?? reader.speakerAt?.(from, true);
    if (after) return { denier: after.agency, passive: true };
  }
  const before = [...mentions].reverse().filter((m) => m.end <= verb.start);
  const inClause = before.find((m) => verb.start - m.end <= CLAUSE_REACH && !/[,;:(]/.test(sentence.slice(m.end, verb.start)));
  if (inClause) return { denier: inClause.agency, passive: false };
  const subject = reader.speakerAt?.(verb.start, false);
  // "Des chiffres contestés": what is denied is no denier.
  const denies = subject && verb.start - subject.end <= SUBJECT_GAP && !has(r.claimNouns, sentence.slice(subject.start, subject.end));
  if (subject && denies) return { denier: subject.agency, passive: false };
  const opening = /,[\s\u00A0]*$/u.test(sentence.slice(0, verb.start)) ? reader.speakerAt?.(0, true) : null;
  if (opening) return { denier: opening.agency, passive: false };
  const near = before.find((m) => verb.start - m.end <= DENIER_REACH);
  return near ? { denier: near.agency, passive: false } : null;
}

/** The denial in a sentence, if a source denies or disputes something there. */
/** Whether the sentence holds some word a denial is read from: most do not, and need no more reading. */
export function mayDeny(sentence: string, lexicon: Lexicon, words?: PhraseFilter): boolean {
  return has(regexes(lexicon).anyCue, sentence, words);
}

export function findDenial(sentence: string, reader: DenialReader, lexicon: Lexicon, words?: PhraseFilter): Denial | null {
  const r = regexes(lexicon);
  if (!mayDeny(sentence, lexicon, words)) return null;
  const cues = { self: has(r.trigger, sentence, words), rejects: has(r.rejectTrigger, sentence, words), runsDown: has(r.disparaging, sentence, words) };
  if (!cues.self && !cues.rejects && !cues.runsDown) return null;
  const verbs = denialVerbs(sentence, r, cues, words);
  if (!verbs.length) return null;
  const mentions = reader.mentions();
  for (const verb of verbs) {
    const who = denierOf(sentence, verb, mentions, r, reader);
    if (!who) continue;
    const object = who.passive ? { start: 0, end: verb.start } : { start: verb.end, end: Math.min(sentence.length, verb.end + OBJECT_REACH) };
    const aboutFigure = has(r.figureNouns, sentence.slice(object.start, object.end));
    return { verbStart: verb.start, verbEnd: verb.end, denier: who.denier, passive: who.passive, aboutFigure, object };
  }
  return null;
}

const WORD = /[\p{L}][\p{L}‐‑-]*/gu;

/** The first counted noun in the text: what a denial is about. Only troops and arms, unless `anyKind`. */
export function deniedTopic(text: string, lexicon: Lexicon, anyKind = false): HeadNoun | null {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = normalizeWord(m[0]);
    const head = headNouns(lexicon).get(word);
    if (head && (anyKind || head.kind === "personnel" || head.kind === "materiel")) return head;
    if (demonymsOf(lexicon).get(word)) return { unit: "soldiers", kind: "personnel" };
  }
  return null;
}

/** The nationality named in the text, if any ("nord-coréens" → North Korean). */
export function nationalityIn(text: string, lexicon: Lexicon): string | null {
  WORD.lastIndex = 0;
  const words: string[] = [];
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push(normalizeWord(m[0]));
  for (let i = 0; i < words.length; i++) {
    const bigram = `${words[i]} ${words[i + 1] ?? ""}`;
    const found = nationalitiesOf(lexicon).get(bigram) ?? nationalitiesOf(lexicon).get(words[i] ?? "") ?? demonymsOf(lexicon).get(words[i] ?? "");
    if (found) return found;
  }
  return null;
}
