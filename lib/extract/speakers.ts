// Stage 8b: the speaker a cue points to, read as a noun phrase. A gazetteer
// name inside the phrase speaks when the rest of the phrase is only a title
// or a person ("le porte-parole du Kremlin"); otherwise the phrase is a
// source of its own, resolved by the article's registry of found sources.
import type { Language } from "../claims/claim";
import type { Agency } from "../sources/agencies";
import type { AgencyMention } from "../sources/find-agencies";
import { fold, hasWords } from "../sources/fold";
import type { FoundSources } from "../sources/found-sources";
import { KIND_WORDS } from "../sources/lexicon/kinds";
import { splitPerson } from "../sources/person";
import { genericHeadAt, guessKind } from "../sources/source-kind";
import { type NounPhrase, phraseAfter } from "../sources/noun-phrase";
import { phraseBefore } from "../sources/noun-phrase-before";
import { EN_SPEAKERS, FR_SPEAKERS, type SpeakerLexicon } from "./lexicon/speakers";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const CAPITAL_FIRST = /^\p{Lu}/u;

export type Speaker = { agency: Agency; mention: AgencyMention } | "PRONOUN" | null;

/** Head words that add nothing to a gazetteer name before them: "Ukraine's military intelligence agency". */
const PLAIN_HEADS = new Set(["agency", "agence", "service", "services"]);
const INSTITUTION_WORDS = KIND_WORDS.flatMap(([, words]) => words).filter((w) => !PLAIN_HEADS.has(w));
const LEXICON: Record<Language, SpeakerLexicon> = { fr: FR_SPEAKERS, en: EN_SPEAKERS };
const EVENT_HEADS = { fr: new Set(FR_SPEAKERS.eventNouns.map(fold)), en: new Set(EN_SPEAKERS.eventNouns.map(fold)) };
const ANAPHORS = { fr: new Set(FR_SPEAKERS.anaphors.map(fold)), en: new Set(EN_SPEAKERS.anaphors.map(fold)) };

const COMPASS_ADJECTIVE = /(?<![\p{L}])(?:sud|nord|south|north)-\p{L}+/giu;

/** The rest of the phrase names an institution of its own: "the United Nations Office for …". */
function namesMore(outside: string): boolean {
  // "sud-coréen", "nord-coréen": an adjective of nationality, not the SUD union.
  const folded = fold(outside.replace(COMPASS_ADJECTIVE, " "));
  return INSTITUTION_WORDS.some((w) => hasWords(folded, w));
}

/** "…, said the ministry" names its speaker after the verb; in English only a few verbs invert. */
export function invertsSpeaker(cue: string, language: Language): boolean {
  const verbs = LEXICON[language].invertingVerbs;
  return verbs === null || verbs.includes(cue.toLowerCase());
}

/** Anaphors whose head says what kind of source they name: "la préfecture", "the ministry", "le syndicat". */
const KIND_ANAPHORS = new Set(["police", "ministry", "union"]);

/**
 * "selon la préfecture" points back to the last speaker when that speaker is
 * a prefecture; after a speaker of another kind it names a source of its
 * own ("(5 000 selon la préfecture)" after "le cabinet Occurrence a compté").
 */
function kindAnaphor(sentence: string, np: NounPhrase, found: FoundSources, previous: () => Agency | null): Speaker | undefined {
  const body = sentence.slice(np.bodyStart, np.end);
  const kind = guessKind(body);
  if (!KIND_ANAPHORS.has(kind)) return undefined;
  const before = previous();
  const agency = before && (before.kind === kind || guessKind(before.name) === kind) ? before : found.resolve(np.text, body);
  return agency ? { agency, mention: { agency, start: np.start, end: np.end, text: np.text } } : null;
}

const POSSESSIVES: Record<Language, Set<string>> = { en: new Set(["its", "their"]), fr: new Set(["son", "sa", "leur"]) };
const TITLES = { fr: new Set(FR_SPEAKERS.titles.map(fold)), en: new Set(EN_SPEAKERS.titles.map(fold)) };
/** What stands between an organisation and the possessive that points back to it: ", but its spokesman". */
const CLAUSE_BREAK = /[\s\u00A0]*[,;]?[\s\u00A0]*(?:(?:but|and|while|whereas|mais|et|tandis que|alors que)[\s\u00A0]+)?$/iu;

/** The organisation a possessive points back to in its sentence: the name nearest before it, of the gazetteer or read as a phrase. */
function ownerBefore(sentence: string, at: number, language: Language, mentions: readonly AgencyMention[], found: FoundSources): Agency | null {
  const named = mentions.filter((m) => m.end <= at).at(-1);
  const end = at - (CLAUSE_BREAK.exec(sentence.slice(0, at))?.[0].length ?? 0);
  const np = end > 0 ? phraseBefore(sentence, end, language) : null;
  if (named && (!np || named.end >= np.start)) return named.agency;
  // "Le Secours populaire a ouvert trois centres et son porte-parole …": else the name that opens the sentence.
  const name = [np, phraseAfter(sentence, 0, language, at)].find((p) => p && !p.pronoun && p.end <= at && CAPITAL_FIRST.test(sentence.charAt(p.bodyStart)));
  if (!name) return named?.agency ?? null;
  return found.resolve(name.text, sentence.slice(name.bodyStart, name.end), name.acronym);
}

/**
 * "…, but its spokesman Tawfiq al-Shukri rejected", "son porte-parole, Marc
 * Leroy, a affirmé": a title behind a possessive speaks for the organisation
 * named before it (else the last speaker), and the person is kept.
 */
function possessedTitle(sentence: string, np: NounPhrase, mentions: readonly AgencyMention[], found: FoundSources, language: Language, previous?: () => Agency | null): Speaker | undefined {
  if (!POSSESSIVES[language].has(fold(sentence.slice(np.start, np.bodyStart)))) return undefined;
  const { office, person } = splitPerson(sentence.slice(np.bodyStart, np.end), language);
  if (!office || !TITLES[language].has(fold(office))) return undefined;
  const owner = ownerBefore(sentence, np.start, language, mentions, found) ?? previous?.() ?? null;
  const agency = owner ? (person ? { ...owner, person } : owner) : person ? found.resolve(person, person) : null;
  return agency ? { agency, mention: { agency, start: np.start, end: np.end, text: np.text } } : undefined;
}

const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;

function fromPhrase(sentence: string, np: NounPhrase | null, mentions: readonly AgencyMention[], found: FoundSources, from: number, language: Language, previous?: () => Agency | null): Speaker {
  if (!np) return null;
  if (np.pronoun) {
    // "The study dismisses …" with no one named before: the study itself is who speaks.
    if (!np.text || !previous || previous()) return "PRONOUN";
    const agency = found.resolve(np.text, sentence.slice(np.bodyStart, np.end));
    return agency ? { agency, mention: { agency, start: np.start, end: np.end, text: np.text } } : null;
  }
  if (ANAPHORS[language].has(fold(np.text))) return (previous && kindAnaphor(sentence, np, found, previous)) ?? "PRONOUN";
  const possessed = possessedTitle(sentence, np, mentions, found, language, previous);
  if (possessed) return possessed;
  // From the cue on: "les services de renseignement sud-coréens" is named whole before its complement is read.
  const inside = mentions.filter((m) => m.start >= Math.min(from, np.start) && m.end <= np.end);
  // "a US official" stays unnamed: a gazetteer name that only qualifies a generic head does not speak
  // ("un responsable du renseignement militaire ukrainien" does: the agency is named after the head).
  const head = genericHeadAt(np.text);
  for (const m of inside) {
    if (head >= 0 && m.end <= np.start + head && m.end - m.start < np.end - np.bodyStart) continue;
    // "South Korea's National Intelligence Service": the owner named before another name does not speak.
    if (POSSESSIVE_AFTER.test(sentence.slice(m.end, m.end + 3)) && inside.some((o) => o.start > m.end)) continue;
    const outside = sentence.slice(np.bodyStart, m.start) + " " + sentence.slice(m.end, np.end);
    // A person of the gazetteer speaks for their agency, whatever title goes with the name.
    if (m.agency.people.includes(m.text) || !namesMore(outside)) return { agency: m.agency, mention: m };
  }
  const body = sentence.slice(np.bodyStart, np.end);
  if (EVENT_HEADS[language].has(fold(body))) return null;
  // "de source policière": the cue's own noun is part of the name.
  const sourceCue = /source[\s\u00A0]*$/iu.test(sentence.slice(Math.max(0, from - 8), from));
  const agency = sourceCue ? found.resolve(`source ${np.text}`, `source ${body}`) : found.resolve(np.text, body, np.acronym);
  return agency ? { agency, mention: { agency, start: np.start, end: np.end, text: np.text } } : null;
}

/** "selon la préfecture", "according to the health ministry", "…, a indiqué le syndicat". */
export function speakerAfter(sentence: string, at: number, language: Language, mentions: readonly AgencyMention[], found: FoundSources, previous?: () => Agency | null): Speaker {
  return fromPhrase(sentence, phraseAfter(sentence, at, language), mentions, found, at, language, previous);
}

/** "La CGT a dénombré", "the interior ministry said". `previous` is the last speaker, for an anaphor that names a kind. */
export function speakerBefore(sentence: string, at: number, language: Language, mentions: readonly AgencyMention[], found: FoundSources, previous?: () => Agency | null): Speaker {
  return fromPhrase(sentence, phraseBefore(sentence, at, language), mentions, found, at, language, previous);
}
