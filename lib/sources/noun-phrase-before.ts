// The speaker's noun phrase read backwards, before "a déclaré", "said": the
// words before the verb, past auxiliaries, adverbs and appositions, as far as
// a stop word, a figure or punctuation. Read forwards in noun-phrase.ts.
import type { Language } from "../claims/claim";
import { subjectAroundApposition } from "./apposition";
import { complementOfFigureNoun, isSpeakerLike, MAX_WORDS, type NounPhrase, phrase, PRONOUN, REACH } from "./noun-phrase";
import { isMonth, isTimeNoun, objectOfPreposition, placeAfterHead, relativeAfterComma } from "./phrase-edges";
import { countAt, countEndingAt, isAbbreviationDot, isAdverb, isNameAmpersand, isShortName, quotedNameEnd, sets, stopsPhrase, type Sets } from "./phrase-words";
import { countsSpeakers } from "./counted-speakers";
import { type Token, tokenize } from "./tokens";

/** "de la Libye", "of the country": a complement read backwards is never a subject. */
const GENITIVE_OPENINGS = new Set(["de", "du", "d'", "of"]);
/** "Au Kenya, …": a place complement opening the sentence is no subject either. */
const PLACE_OPENINGS = new Set(["au", "aux", "à", "dans"]);
/** "The head of the EU delegation in Nepal said": a place after the head belongs to the subject. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "à", "en", "dans"]);

/**
 * The noun phrase that ends right before `end` (a speech verb), skipping
 * auxiliaries and adverbs in between; null when none stands there. When the
 * words just before the verb are an apposition set off by commas ("Le
 * Snuipp-FSU, premier syndicat du primaire, a recensé"), the subject before it.
 */
export function phraseBefore(text: string, end: number, language: Language): NounPhrase | null {
  const found = phraseRightBefore(text, end, language);
  if (!found || found.pronoun) return found;
  const before = text.slice(Math.max(0, found.start - 40), found.start);
  // "Un responsable de Séoul cité par La Croix a affirmé", "an official quoted by Reuters said": the one cited speaks, not who cites.
  const citing = CITED_BY[language].exec(before);
  if (citing) return phraseRightBefore(text, found.start - citing[0].length, language) ?? found;
  // "The group that monitors political prisoners said", "L'association qui recense les victimes a indiqué": the relative's
  // object does not speak, nor its verb; the phrase the relative follows does.
  const opensWithVerb = found.bodyStart === found.start && /^\p{Ll}/u.test(found.text);
  const relative = (opensWithVerb ? RELATIVE_RIGHT_BEFORE : RELATIVE_AND_VERB_BEFORE)[language].exec(before);
  if (relative) return phraseRightBefore(text, found.start - relative[0].length, language);
  return found;
}

/** A relative pronoun right before a phrase read backwards, which then opens with the relative's verb. */
const RELATIVE_RIGHT_BEFORE: Record<Language, RegExp> = {
  en: /(?<=[\p{L}\p{N}][\s\u00A0]+)(?:that|who|which)[\s\u00A0]+$/iu,
  fr: /(?<=[\p{L}\p{N}][\s\u00A0]+)qui[\s\u00A0]+$/iu,
};

/** A relative pronoun and its verb (a few lowercase words) before a phrase read backwards, which is then the verb's object. */
const RELATIVE_AND_VERB_BEFORE: Record<Language, RegExp> = {
  en: /(?<=[\p{L}\p{N}][\s\u00A0]+)(?:that|who|which)(?:[\s\u00A0]+\p{Ll}+){1,4}[\s\u00A0]+$/u,
  fr: /(?<=[\p{L}\p{N}][\s\u00A0]+)qui(?:[\s\u00A0]+[\p{Ll}'’]+){1,4}[\s\u00A0]+$/u,
};

/** The participle and preposition of a citation, right before the phrase of who cites. */
const CITED_BY: Record<Language, RegExp> = {
  en: /(?<=\s)(?:cited|quoted)\s+by\s+$/iu,
  fr: /(?<=\s)(?:citée?s?|interrogée?s?)\s+par\s+$/iu,
};

function phraseRightBefore(text: string, end: number, language: Language): NounPhrase | null {
  const s = sets(language);
  const tokens = tokenize(text, Math.max(0, end - REACH), end, language);
  let j = tokens.length - 1;
  for (let skipped = 0; j >= 0 && skipped < 4; skipped++) {
    // "La CGT a, de son côté, enregistré": a gap set off by commas.
    const setOff = tokens[j]?.text === "," ? s.gap.matchEndingAt(tokens, j - 1) : 0;
    if (setOff && tokens[j - 1 - setOff]?.text === ",") {
      j -= setOff + 2;
      continue;
    }
    if (s.pronouns.matchAt(tokens, j) === 1 && !s.gap.matchEndingAt(tokens, j)) return PRONOUN(tokens[j]?.start ?? end);
    const gap = s.gap.matchEndingAt(tokens, j) || (isAdverb(tokens[j], language) ? 1 : 0);
    if (!gap) break;
    j -= gap;
  }
  if (j >= 0 && s.pronouns.matchAt(tokens, j) === 1) return PRONOUN((tokens[j] as Token).start);
  // "A survey by the Red Cross, which estimated …": the relative speaks for the phrase before its comma, unless a time.
  if (relativeAfterComma(tokens, j, language)) {
    // "la semaine dernière", "the week before": the time noun before its adjective.
    const time = TIME_AFTER_NOUN[language].has(tokens[j - 2]?.lower ?? "") && isTimeNoun(tokens[j - 3], language) ? j - 3 : j - 2;
    if (!isTimeNoun(tokens[time], language)) return phraseOnly(backwardsFrom(text, tokens, j - 2, s, language));
    // "an investigation from Harvard researchers earlier in the summer, which estimated …": the phrase before the time speaks.
    const before = beforeTimePhrase(tokens, time, language);
    return before >= 0 ? phraseOnly(backwardsFrom(text, tokens, before, s, language)) : null;
  }
  if (tokens[j]?.text === ",") return subjectAroundApposition(text, tokens, j, language, (last) => backwardsFrom(text, tokens, last, s, language));
  return phraseOnly(backwardsFrom(text, tokens, j, s, language));
}

const phraseOnly = (found: NounPhrase | null | "APPOSITION") => (found === "APPOSITION" ? null : found);

function backwardsFrom(text: string, tokens: readonly Token[], last: number, s: Sets, language: Language): NounPhrase | null | "APPOSITION" {
  let i = last;
  let acronym: string | null = null;
  if (tokens[i]?.text === ")" && isShortName(tokens[i - 1]) && tokens[i - 2]?.text === "(") {
    acronym = (tokens[i - 1] as Token).text;
    i -= 3;
  }
  // "the government of inflating": a phrase read backwards never ends on a joiner.
  if (s.joiners.matchEndingAt(tokens, i)) return null;
  const end = i;
  let words = 0;
  let stoppedBy: "punct" | "stop" = "punct";
  let readOverPlace = false;
  for (; i >= 0 && words < MAX_WORDS; i--) {
    const t = tokens[i] as Token;
    if (t.punct && !isAbbreviationDot(tokens, i) && !isNameAmpersand(tokens, i)) {
      const quoted = quotedNameEnd(tokens, i, -1);
      if (quoted < 0) break;
      i = quoted;
      words++;
      continue;
    }
    // "9 militaires nord-coréens", "Neuf militaires nord-coréens": a count opens the phrase as a determiner does.
    // "the identities of two bodies", "the first of 20 teams": a count after a joiner is inside the phrase, read on as before.
    const count = words > 0 && !s.joiners.matchEndingAt(tokens, i - 1) ? countEndingAt(tokens, i, language) : 0;
    if (count) {
      i -= count;
      const before = s.determiners.matchEndingAt(tokens, i);
      // "les neuf militaires", "the nine soldiers": a determiner before the count opens it.
      if (before && !s.joiners.matchEndingAt(tokens, i)) i -= before;
      break;
    }
    if (t.digit) return null;
    const det = s.determiners.matchEndingAt(tokens, i);
    if (det && words > 0 && s.joiners.matchEndingAt(tokens, i)) {
      i -= s.joiners.matchEndingAt(tokens, i) - 1;
      continue;
    }
    if (det) {
      const before = i - det;
      // "de la CGT" goes on; "la CGT" after anything else opens the phrase.
      if (before >= 0 && s.joiners.matchEndingAt(tokens, before) && words > 0) {
        i = before - s.joiners.matchEndingAt(tokens, before) + 1;
        continue;
      }
      // "the government based in the east": the participle's preposition and its object belong to the phrase.
      if (before > 0 && words > 0 && s.stops.has(tokens[before]?.lower ?? "") && s.placeParticiples.matchEndingAt(tokens, before - 1)) {
        i = before;
        continue;
      }
      // "among the worst disasters recorded": the object of a preposition does not speak.
      if (objectOfPreposition(tokens, before + 1, language)) return null;
      i = before;
      break;
    }
    if (words > 0 && s.joiners.matchEndingAt(tokens, i)) {
      i -= s.joiners.matchEndingAt(tokens, i) - 1;
      continue;
    }
    const nameJoin = s.nameJoiners.matchEndingAt(tokens, i);
    // "CGT et FO", and "policiers et gendarmes": names, or speakers that need no determiner, joined.
    const bothBare = s.bareSpeakers.has(tokens[i + 1]?.lower ?? "") && s.bareSpeakers.has(tokens[i - nameJoin]?.lower ?? "");
    if (words > 0 && nameJoin && ((tokens[i + 1]?.capital && tokens[i - nameJoin]?.capital) || bothBare)) {
      i -= nameJoin - 1;
      continue;
    }
    if (stopsPhrase(tokens, i, s) || (t.capital && isMonth(t, language))) {
      if (words > 0 && !readOverPlace && PLACE_PREPOSITIONS.has(t.lower) && placeAfterHead(tokens, i, s, language)) {
        readOverPlace = true;
        continue;
      }
      stoppedBy = "stop";
      break;
    }
    words++;
  }
  const first = i + 1;
  if (first > end || GENITIVE_OPENINGS.has(tokens[first]?.lower ?? "") || PLACE_OPENINGS.has(tokens[first]?.lower ?? "")) return null;
  let body = first + s.determiners.matchAt(tokens, first);
  const counted = countAt(tokens, body, language);
  body += counted;
  if (body > end) return null;
  // "Trois morts ont été recensés": a count opens a speaker only before a noun of who speaks.
  if (counted && !countsSpeakers(text, tokens, body, end)) return null;
  const named = body > first || tokens.slice(body, end + 1).some((t) => t.capital);
  // "…, disaster officials said": a generic head needs no determiner.
  if (!named && !s.pronouns.matchAt(tokens, body) && !s.bareSpeakers.matchEndingAt(tokens, end)) {
    if (stoppedBy === "punct" && tokens[first - 1]?.text === ",") return "APPOSITION";
    if (!s.bareSpeakers.matchAt(tokens, body)) return null;
  }
  body = Math.min(body, end);
  // "Le décompte des syndicats a fait état de …", "un nouveau bilan du ministère": the speaker is the complement.
  const complement = complementOfFigureNoun(text, tokens, body, s, language, (tokens[end] as Token).end);
  if (complement !== undefined) return complement;
  if (!isSpeakerLike(tokens, body, end, s)) return null;
  return possessorOfFigure(text, tokens, first, end, body, s) ?? phrase(text, tokens, first, end, body, acronym);
}

/** "The aid group's survey found", "the ministry's figures show": the owner of the figure noun speaks. */
function possessorOfFigure(text: string, tokens: readonly Token[], first: number, end: number, body: number, s: Sets): NounPhrase | null {
  const noun = s.figureNouns.matchEndingAt(tokens, end);
  const owner = end - noun;
  const possessive = /['’]s$/u.exec(tokens[owner]?.text ?? "");
  if (!noun || owner < body || !possessive) return null;
  const found = phrase(text, tokens, first, owner, body, null);
  const ownerEnd = found.end - possessive[0].length;
  return { ...found, end: ownerEnd, text: text.slice(found.start, ownerEnd) };
}

/** Words after a time noun that belong to it: "la semaine dernière", "the week before". */
const TIME_AFTER_NOUN: Record<Language, Set<string>> = {
  en: new Set(["before", "earlier", "prior"]),
  fr: new Set(["dernier", "dernière", "passé", "passée", "précédent", "précédente", "suivant", "suivante"]),
};

/** A lowercase past participle: "posted", "released", "publiée". */
const PAST_PARTICIPLE: Record<Language, RegExp> = { en: /^\p{Ll}+ed$/u, fr: /^\p{Ll}+(?:é|ée|és|ées)$/u };

/** The words a time phrase holds before its noun: "earlier in the summer", "plus tôt cette année", "last week". */
const TIME_PHRASE_WORDS: Record<Language, Set<string>> = {
  en: new Set(["the", "this", "that", "last", "in", "during", "earlier", "later", "previous", "same"]),
  fr: new Set(["le", "la", "l'", "ce", "cet", "cette", "en", "au", "à", "pendant", "dans", "plus", "tôt", "tard", "dernier", "dernière", "même"]),
};

/**
 * Where the phrase before a time phrase that ends at `timeNoun` ends: the
 * token before "earlier in the summer". -1 when the time phrase opens the
 * text read or no time word but the noun stands there.
 */
function beforeTimePhrase(tokens: readonly Token[], timeNoun: number, language: Language): number {
  let k = timeNoun - 1;
  while (k >= 0 && timeNoun - k <= 4 && TIME_PHRASE_WORDS[language].has(tokens[k]?.lower ?? "")) k--;
  if (k >= timeNoun - 1) return -1;
  // "a study of administrative data posted earlier this month": the time dates the participle; the phrase ends before it.
  if (PAST_PARTICIPLE[language].test(tokens[k]?.text ?? "")) k--;
  const t = tokens[k];
  return t && !t.punct && !t.digit ? k : -1;
}
