// Where a speaker's noun phrase begins and ends, by rules: a determiner may
// open it; words, capitalised runs and "de/of" complements make it up; a
// stop word (verb, preposition, conjunction, time word), a figure or
// punctuation ends it. Read forwards after "selon", "according to" or an
// inverted verb, backwards before "a déclaré", "said".
import type { Language } from "../claims/claim";
import { countsSpeakers } from "./counted-speakers";
import { acronymAt, countAt, isAbbreviationDot, isNameAmpersand, isWord, quotedNameEnd, sets, stopsPhrase, type Sets } from "./phrase-words";
import { ADDRESSEE_PREPOSITIONS, addresseeAt, dateAt, PARTICIPLE, participleAgent, unnamedDocument } from "./phrase-edges";
import { type Token, tokenize } from "./tokens";

export interface NounPhrase {
  start: number;
  end: number;
  /** The phrase as written, determiner included. */
  text: string;
  /** Offset where the words after the determiner start. */
  bodyStart: number;
  /** "(CGT)" right after the phrase. */
  acronym: string | null;
  /** A pronoun stands where the phrase would, or a document that points back to who issued it ("the statement"; its text is kept). */
  pronoun: boolean;
}

export const MAX_WORDS = 10;
export const REACH = 150;
const INFINITIVE_AUXILIARIES: Record<Language, Set<string>> = { fr: new Set(["avoir", "être"]), en: new Set(["to", "having"]) };
const DEFINITE = new Set(["the", "this", "le", "la", "l'", "ce", "cette"]);

export function phrase(text: string, tokens: readonly Token[], from: number, to: number, bodyFrom: number, acronym: string | null): NounPhrase {
  const start = (tokens[from] as Token).start;
  const end = (tokens[to] as Token).end;
  return { start, end, text: text.slice(start, end), bodyStart: (tokens[bodyFrom] as Token).start, acronym, pronoun: false };
}

export const PRONOUN = (at: number): NounPhrase => ({ start: at, end: at, text: "", bodyStart: at, acronym: null, pronoun: true });

/** The noun phrase opening at `from` (spaces skipped), or null. */
export function phraseAfter(text: string, from: number, language: Language, to = from + REACH): NounPhrase | null {
  const s = sets(language);
  const end = Math.min(to, from + REACH);
  if (stopOpens(tokenize(text, from, end, language, 1)[0], s)) return null;
  const tokens = tokenize(text, from, end, language);
  let i = 0;
  while (s.gap.matchAt(tokens, i) && !s.pronouns.matchAt(tokens, i) && i < 4) i += s.gap.matchAt(tokens, i);
  i += dateAt(tokens, i, language);
  i += addresseeAt(tokens, i, s);
  if (s.pronouns.matchAt(tokens, i)) return PRONOUN(tokens[i]?.start ?? from);
  const first = i;
  i += s.determiners.matchAt(tokens, i);
  // "selon 2 responsables locaux", "selon deux responsables locaux": a count of speakers reads as a determiner.
  const counted = countAt(tokens, i, language);
  i += counted;
  const body = i;
  // "ont dit avoir découvert …", "a affirmé être …": an infinitive after the verb opens what is said, not who says it.
  if (body === first && INFINITIVE_AUXILIARIES[language].has(tokens[body]?.lower ?? "")) return null;
  let last = -1;
  let words = 0;
  let acronym: string | null = null;
  while (i < tokens.length && words < MAX_WORDS) {
    const t = tokens[i] as Token;
    if (t.punct) {
      if (isAbbreviationDot(tokens, i) || (last >= 0 && isNameAmpersand(tokens, i))) {
        last = i++;
        continue;
      }
      const quoted = quotedNameEnd(tokens, i, 1);
      if (quoted > 0) {
        last = quoted;
        i = quoted + 1;
        words++;
        continue;
      }
      acronym = last >= 0 ? acronymAt(tokens, i) : null;
      break;
    }
    if (last >= 0) {
      const capitalName = (tokens[body] as Token).capital;
      const join = s.joiners.matchAt(tokens, i) || (capitalName ? s.nameJoiners.matchAt(tokens, i) : 0);
      if (join) {
        const determiner = s.determiners.matchAt(tokens, i + join);
        const after = i + join + determiner;
        const noun = s.nounsAfterDeterminer.has(tokens[after]?.lower ?? "") && s.determiners.matchEndingAt(tokens, after - 1) > 0;
        if (!(isWord(tokens[after], s) || noun) || (!s.joiners.matchAt(tokens, i) && !tokens[after]?.capital)) break;
        // "the government of inflating the numbers": a gerund after "of" is no part of a name.
        if (language === "en" && /ing$/u.test(tokens[after]?.lower ?? "")) break;
        i = after;
        continue;
      }
    }
    if (t.digit || stopsPhrase(tokens, i, s) || (s.determiners.matchAt(tokens, i) && !s.placeParticiples.matchEndingAt(tokens, i - 1))) break;
    last = i++;
    words++;
  }
  if (last < 0 || (counted && !countsSpeakers(text, tokens, body, last))) return null;
  const found = phrase(text, tokens, first, last, body, acronym);
  const complement = complementOfFigureNoun(text, tokens, body, s, language);
  if (complement !== undefined) return complement;
  return isSpeakerLike(tokens, body, last, s) ? found : null;
}

/**
 * "environ 300", "between 10,000": a stop word that nothing skipped before a
 * phrase opens with (a gap, a pronoun, a determiner, "à" of an addressee)
 * ends the phrase before its first word, so there is none. Read from the
 * first token alone: most phrases tried after a comma start so, and the
 * rest of the text need not be tokenized.
 */
function stopOpens(first: Token | undefined, s: Sets): boolean {
  if (!first || first.punct || first.digit || ADDRESSEE_PREPOSITIONS.has(first.lower)) return false;
  return s.stops.has(first.lower) && !s.gap.opens(first.lower) && !s.pronouns.opens(first.lower) && !s.determiners.opens(first.lower);
}

/** A lowercase word that is neither a link nor a stop: an adjective after its noun ("indépendant"). */
function isQualifier(t: Token | undefined, s: Sets): boolean {
  return Boolean(t && !t.capital && isWord(t, s) && !s.joiners.has(t.lower));
}

const OFFICIAL = new Set(["official", "officiel", "officiels", "officielle", "officielles"]);
const INTENSIFIERS: Record<Language, Set<string>> = { fr: new Set(["très", "largement", "bien", "encore", "probablement"]), en: new Set(["very", "far", "much", "widely", "likely"]) };

/** "les chiffres de la CGT", "figures from the ministry": the speaker is what follows the figure noun. */
export function complementOfFigureNoun(text: string, tokens: readonly Token[], body: number, s: Sets, language: Language, to?: number): NounPhrase | null | undefined {
  let at = body;
  let official = false;
  for (let k = 0; k < 2 && s.figureAdjectives.matchAt(tokens, at); k++) {
    official ||= OFFICIAL.has(tokens[at]?.lower ?? "");
    at += s.figureAdjectives.matchAt(tokens, at);
  }
  const head = s.figureNouns.matchAt(tokens, at);
  if (!head) return undefined;
  const headAt = at;
  at += head;
  while (s.figureAdjectives.matchAt(tokens, at)) {
    official ||= OFFICIAL.has(tokens[at]?.lower ?? "");
    at += s.figureAdjectives.matchAt(tokens, at);
  }
  // "un bilan très sous-estimé de l'ONG", "a far higher estimate": an adverb before the figure's qualifier.
  while (at < body + 8 && INTENSIFIERS[language].has(tokens[at]?.lower ?? "")) at++;
  // "un nouveau bilan fourni mercredi par le ministère": who gave the figure follows the link.
  const participle = PARTICIPLE[language].test(tokens[at]?.lower ?? "");
  const linkWords = s.figureLinks.matchAt(tokens, at) || (participle ? 1 : 0);
  if (linkWords) {
    let by = at + linkWords;
    while (by < at + 4 && s.gap.matchAt(tokens, by)) by += s.gap.matchAt(tokens, by);
    if (tokens[by]?.lower === "par" || tokens[by]?.lower === "by") return phraseAfter(text, (tokens[by] as Token).end, language, to);
    // "un bilan sous-estimé de l'ONG": the participle qualifies the figure; its author follows the joiner.
    if (participle && s.joiners.matchAt(tokens, at + 1)) at++;
  }
  // "un comptage indépendant pour un collectif de médias réalisé par le cabinet X": who made the count.
  const agent = participleAgent(tokens, at, language);
  if (agent >= 0) return phraseAfter(text, (tokens[agent] as Token).end, language, to);
  // "un comptage indépendant de la CGT": an adjective of its own between the figure noun and its author.
  if (isQualifier(tokens[at], s) && s.joiners.matchAt(tokens, at + 1)) at++;
  const next = tokens[at];
  // "a study of administrative data": after a document, "of" gives its topic, not its author; the phrase is the speaker.
  if (next?.lower === "of" && language === "en" && s.documentNouns.matchEndingAt(tokens, at - 1)) return undefined;
  const link = next ? s.joiners.matchAt(tokens, at) || (next.lower === "from" || next.lower === "by" ? 1 : 0) : 0;
  // "selon les estimations les plus hautes", "le nouveau bilan": figures of nobody named;
  // "official estimates have placed…", "selon les chiffres officiels": the officials, unnamed.
  if (!link) {
    if (official) return phrase(text, tokens, body, at - 1, body, null);
    // "The statement said", "le communiqué précise": the document speaks for whoever issued it, named before.
    const document = at === body + head && s.documentNouns.matchAt(tokens, body) && DEFINITE.has(tokens[body - 1]?.lower ?? "");
    if (document) return { ...phrase(text, tokens, body - 1, at - 1, body, null), pronoun: true };
    const unnamed = unnamedDocument(tokens, body, headAt, head, s);
    return unnamed ? phrase(text, tokens, ...unnamed, null) : null;
  }
  // Read from the first word of the link on, so "de la préfecture" keeps its determiner.
  return phraseAfter(text, (next as Token).end, language, to);
}

export function isSpeakerLike(tokens: readonly Token[], body: number, last: number, s: Sets): boolean {
  if (body > last) return false;
  const notSpeaker = s.notSpeakers.matchAt(tokens, body);
  if (notSpeaker > last - body) return false;
  // "the number of North Korean troops", "le nombre de blessés": a count of something is no one, whatever it counts
  // (the complement that speaks, "le bilan du ministère", is read before: complementOfFigureNoun).
  if (notSpeaker && s.joiners.matchAt(tokens, body + notSpeaker)) return false;
  // "au" (of "au moins"), "de": a phrase of link words alone is a fragment, not a name.
  if (tokens.slice(body, last + 1).every((t) => s.joiners.has(t.lower) || s.determiners.has(t.lower))) return false;
  return !s.pronouns.matchAt(tokens, body);
}
