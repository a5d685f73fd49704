// Stage 8: who says it. In a sentence, an attribution is a cue tied to an
// agency: "selon X", "d'après X", "according to X" (cue first) or "X a
// déclaré", "X estime", "X said" (speaker first). "Selon eux", "il a ajouté"
// point back to the last speaker. Carrying a speaker across sentences is
// decided in `speakers.ts`.
import type { Language } from "../claims/claim";
import type { Agency } from "../sources/agencies";
import { findAgencies, type AgencyMention } from "../sources/find-agencies";
import type { FoundSources } from "../sources/found-sources";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { agentsBeforeBrackets } from "./agent-before-bracket";
import { gappedSpeakers } from "./gapped-figure";
import { openingSpeaker } from "./opening-speaker";
import { speakersInParenthesis } from "./parenthesis-speaker";
import { SentenceReading } from "./sentence-reading";
import { speakerAfter } from "./speakers";
import { endsWithPhrase, type PhraseEnding } from "./phrase-ending";
import { allWordMatches, phraseAlternation, phraseScanner, startsWithPhraseRegex } from "./text";
import { reportsThat } from "./reports-that";
import { timedAgentCues } from "./timed-agent-cue";
import { figureAgentCues } from "./figure-agent-cue";
import { numberWordsOf } from "./lexicon/word-maps";
import type { PhraseFilter } from "./sentence-words";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const ENDS_WITH_DIGIT = /\p{N}[\s\u00A0]*$/u;
const LEADING_LETTERS = /^[\p{L}]+/u;

export interface Attribution {
  agency: Agency;
  /** Offsets of the cue in the sentence. */
  cueStart: number;
  cueEnd: number;
  /** Speaker after the verb, set off by a comma: it speaks for what comes before. */
  incise?: boolean;
  /** "ont averti que …", "said that …": the speaker speaks for what follows the verb only. */
  contentAfter?: boolean;
  /** "500 000 (organisateurs)": a speaker alone in a parenthesis speaks for the figure right before it only. */
  figureBefore?: boolean;
}

export interface CueRegexes {
  /** Cues that are also verbs after a speaker ("said"): set lowercased. */
  afterCue: Set<string>;
  citedBy: RegExp;
  atClauseStart: RegExp;
  before: RegExp;
  after: RegExp;
  notSpeaker: RegExp;
  pronounAfterCue: RegExp;
  pronounBeforeCue: RegExp;
  complementizer: RegExp;
  complementizerNext: RegExp;
  notVerb: PhraseEnding;
  nounModifier: PhraseEnding;
}

/** How far a speaker may stand from its cue. */
const AFTER_CUE_REACH = 90;
const BEFORE_CUE_REACH = 160;
const INVERTED_REACH = 40;
/** Room for the longest word that makes a cue a noun ("Previous Estimates", "official reports"), for cues that may be nouns. */
const NOT_VERB_REACH = 14;
const NOUN_LIKE_CUE = /^(?:estimates?|claims|reports?|counts|estimations?|rapports?)$/iu;
/** "une grande évaluation", "le recensement", "un chiffrage": a French cue read by its stem but ending as a noun is no verb. */
const FRENCH_NOUN_ENDING = /(?:ations?|ements?|ages?|sions?)$/iu;
/** Words between a subject and its verb: "the Pentagon on Monday said". */
const SUBJECT_GAP = 24;
/** An incise follows a comma or a closing quote: "…, a affirmé le NIS", "…," said the Pentagon. */
const INCISE_BEFORE = /([,»”"])[\s\u00A0\u202F]*(?:(?:a|ont|avait|avaient|has|have|had)[\s\u00A0]+)?$/u;
/** "people confirmed dead", "reported missing": a participle of the state of the counted, not a speech verb. */
const STATE_AFTER = /^[\s\u00A0]+(?:dead|killed|missing|injured|wounded|safe|alive)\b/iu;
/** "The attacks claimed 253 lives": a toll, not a speaker. */
const TOOK_LIVES = /^[\s\u00A0]+(?:the[\s\u00A0]+lives|(?:at least|more than|over|nearly|some|about|around|[\s\u00A0])*[\p{N}\p{L},.\u00A0-]*[\s\u00A0]+lives)\b/iu;
const OPENING_QUOTE: Record<string, string> = { "»": "«", "”": "“", '"': '"' };
/** Words a quotation holds at least, when no punctuation closes it: fewer are a name in quotes. */
const QUOTATION_WORDS = 4;

/**
 * "…, a affirmé le NIS", "« … » a déclaré X", "…," said the Pentagon: the verb
 * follows a comma or a closing quotation. A name in quotes ("le collectif
 * «Le Nombre Jaune» avait recensé") is the subject, not a quotation.
 */
function inciseBefore(sentence: string, cueStart: number): boolean {
  const m = INCISE_BEFORE.exec(sentence.slice(Math.max(0, cueStart - 12), cueStart));
  const mark = m?.[1];
  if (!m || !mark) return false;
  if (mark === ",") return true;
  const close = Math.max(0, cueStart - 12) + m.index;
  const open = sentence.lastIndexOf(OPENING_QUOTE[mark] as string, close - 1);
  const quoted = sentence.slice(open + 1, close).trim();
  return open < 0 || /[,.!?…]$/u.test(quoted) || quoted.split(/\s+/u).length >= QUOTATION_WORDS;
}

const regexes = perLexicon((lexicon): CueRegexes => {
  const a = lexicon.attribution;
  return {
    afterCue: new Set(a.cueAfterSpeaker.filter((c) => !c.endsWith("*"))),
    citedBy: startsWithPhraseRegex(a.citedBy),
    atClauseStart: phraseScanner(a.cueAtClauseStart),
    before: phraseScanner(a.cueBeforeSpeaker),
    after: phraseScanner(a.cueAfterSpeaker),
    notSpeaker: startsWithPhraseRegex(a.notSpeakers),
    pronounAfterCue: startsWithPhraseRegex(a.pronouns),
    pronounBeforeCue: new RegExp(`${phraseAlternation(a.pronouns)}[\\s\\u00A0]+(?:[\\p{L}'’-]+[\\s\\u00A0]+){0,3}$`, "iu"),
    complementizer: new RegExp(phraseAlternation(a.complementizers), "iu"),
    complementizerNext: new RegExp(`^[\\s\\u00A0]*${phraseAlternation(a.complementizers)}`, "iu"),
    notVerb: endsWithPhrase(a.notVerbBefore),
    nounModifier: endsWithPhrase(a.nounModifiers),
  };
});

export interface SentenceSources {
  attributions: Attribution[];
  mentions: AgencyMention[];
}

/**
 * Attributions in one sentence. `previousSpeaker` resolves pronouns; it is
 * only called when a pronoun stands where a speaker should be.
 */
export function findAttributions(
  sentence: string,
  language: Language,
  lexicon: Lexicon,
  previousSpeaker: () => Agency | null,
  found?: FoundSources,
  words?: PhraseFilter,
): SentenceSources {
  const mentions = findAgencies(sentence, language);
  found?.noteGazetteer(mentions);
  const reading = new SentenceReading(sentence, language, regexes(lexicon), mentions, previousSpeaker, found);
  cuesBeforeSpeaker(reading, lexicon, words);
  cuesAfterSpeaker(reading, words);
  if (found) {
    cuesAtClauseStart(reading, found, words);
    if (sentence.includes("(")) {
      speakersInParenthesis(reading, found);
      agentsBeforeBrackets(reading, found, lexicon);
    }
    if (sentence.includes(",")) gappedSpeakers(reading, found, lexicon);
    reportsThat(reading, found);
    if (!reading.attributions.length) speakerOpeningSentence(reading, found);
  }
  const { attributions, foundMentions } = reading;
  attributions.sort((a, b) => a.cueStart - b.cueStart);
  const all = foundMentions.length ? [...mentions, ...foundMentions].sort((a, b) => a.start - b.start) : mentions;
  return { attributions: withoutReported(attributions), mentions: all };
}

/** "selon X", "according to X", "said the ministry": the cue comes first, the speaker after it. */
function cuesBeforeSpeaker(reading: SentenceReading, lexicon: Lexicon, words?: PhraseFilter): void {
  const { sentence, language, r, mentions, previousSpeaker, found, attributions } = reading;
  const figureCues = figureAgentCues(sentence, language, numberWordsOf(lexicon));
  for (const cue of [...allWordMatches(r.before, sentence, words), ...timedAgentCues(sentence, lexicon, words), ...figureCues]) {
    const rest = sentence.slice(cue.end, cue.end + AFTER_CUE_REACH);
    if (r.notSpeaker.test(rest) && !mentions.some((m) => m.start >= cue.end && m.start - cue.end < 6)) continue;
    // "The ministry said Pyongyang had sent …": a speaker named just before the verb speaks, not the name after it.
    if (mentions.some((m) => m.end <= cue.start && cue.start - m.end <= SUBJECT_GAP && !/[,;:]/.test(sentence.slice(m.end, cue.start)))) continue;
    // "said the ministry" names a speaker only as an incise; "officials said protesters …" does not.
    const plain = plainNameAfter(mentions, sentence, cue.end);
    const phrased = !plain && found && (!r.afterCue.has(cue.text.toLowerCase()) || inciseBefore(sentence, cue.start));
    const named = phrased ? speakerAfter(sentence, cue.end, language, mentions, found, previousSpeaker) : null;
    // "selon un expert cité par l'agence Yonhap": the one who names the figure is who the article credits.
    if (named && named !== "PRONOUN" && named.agency.kind === "unnamed" && r.citedBy.test(sentence.slice(named.mention.end, named.mention.end + 16))) continue;
    // "porté à 45 morts par les inondations": after a figure, "par"/"by" may name a cause; only a speaker of a known kind speaks.
    if (figureCues.includes(cue) && named && named !== "PRONOUN" && !mentions.includes(named.mention) && named.agency.kind === "other") continue;
    const fromPhrase = reading.phraseSpeaker(named);
    const speaker = mentions.find((m) => m.start >= cue.end && m.start - cue.end <= AFTER_CUE_REACH && reading.beforeContent(cue.end, m.start));
    const pronoun = (!speaker || speaker.start - cue.end > 12) && r.pronounAfterCue.test(rest);
    const agency = fromPhrase ?? (pronoun ? previousSpeaker() : speaker?.agency);
    if (agency) attributions.push({ agency, cueStart: cue.start, cueEnd: cue.end });
  }
}

/** "X a déclaré", "X said", "…, a indiqué X": the speaker before the verb, or after it in an incise. */
function cuesAfterSpeaker(reading: SentenceReading, words?: PhraseFilter): void {
  const { sentence, language, r, mentions, previousSpeaker, found, attributions } = reading;
  for (const cue of allWordMatches(r.after, sentence, words)) {
    if (attributions.some((a) => a.cueStart <= cue.start && cue.start < a.cueEnd)) continue;
    const nounLike = NOUN_LIKE_CUE.test(cue.text);
    const before = sentence.slice(Math.max(0, cue.start - (nounLike ? NOT_VERB_REACH : 8)), cue.start);
    if (r.notVerb.test(before) || (nounLike && r.nounModifier.test(before))) continue;
    if (language === "fr" && (adjectivalParticiple(sentence, cue) || FRENCH_NOUN_ENDING.test(cue.text))) continue;
    if (TOOK_LIVES.test(sentence.slice(cue.end, cue.end + 40)) && /^claim/iu.test(cue.text)) continue;
    if (language === "en" && STATE_AFTER.test(sentence.slice(cue.end, cue.end + 12))) continue;
    const inciseContext = inciseBefore(sentence, cue.start);
    const phrased = found && !plainNameBefore(mentions, sentence, cue.start) ? reading.phrasedSpeaker(cue, inciseContext, found) : null;
    if (phrased) {
      const contentAfter = !phrased.incise && r.complementizerNext.test(sentence.slice(cue.end, cue.end + 12));
      attributions.push({ agency: phrased.agency, cueStart: cue.start, cueEnd: cue.end, incise: phrased.incise, contentAfter });
      continue;
    }
    const inverted = invertedSpeaker(mentions, sentence, cue.end, r.complementizer);
    const incise = inverted && inciseContext;
    const speaker = incise
      ? inverted
      : ([...mentions].reverse().find((m) => m.end <= cue.start && cue.start - m.end <= BEFORE_CUE_REACH) ?? inverted);
    const pronounCloser = !incise && (!speaker || cue.start - speaker.end > 40) && r.pronounBeforeCue.test(sentence.slice(Math.max(0, cue.start - 40), cue.start));
    const agency = pronounCloser ? previousSpeaker() : speaker?.agency;
    if (agency) attributions.push({ agency, cueStart: cue.start, cueEnd: cue.end, incise: Boolean(incise) });
  }
}

/** "Pour la CGT, …" opens a clause; "45 000 pour la CGT" follows its figure. */
function cuesAtClauseStart(reading: SentenceReading, found: FoundSources, words?: PhraseFilter): void {
  const { sentence, language, r, mentions, previousSpeaker, attributions } = reading;
  for (const cue of allWordMatches(r.atClauseStart, sentence, words)) {
    // "Pour la CGT, …" opens a clause; "45 000 pour la CGT" follows its figure.
    const afterFigure = ENDS_WITH_DIGIT.test(sentence.slice(0, cue.start));
    if (!afterFigure && !/(?:^|[,;:])[\s\u00A0]*$/u.test(sentence.slice(0, cue.start))) continue;
    const named = speakerAfter(sentence, cue.end, language, mentions, found, previousSpeaker);
    if (named === "PRONOUN" || !named || (!afterFigure && !/^[\s\u00A0]*,/u.test(sentence.slice(named.mention.end)))) continue;
    // "45 000 pour le climat", "pour sa part": a cause or a manner, not a speaker; a found speaker needs a kind.
    if (!mentions.includes(named.mention) && named.agency.kind === "other") continue;
    const agency = reading.phraseSpeaker(named);
    if (agency) attributions.push({ agency, cueStart: cue.start, cueEnd: cue.end });
  }
}

/** A sentence with no attribution of its own may open with its speaker (see `openingSpeaker`). */
function speakerOpeningSentence(reading: SentenceReading, found: FoundSources): void {
  const opening = openingSpeaker(reading.sentence, reading.language, reading.mentions, found, reading.previousSpeaker);
  const agency = opening && reading.phraseSpeaker(opening.speaker);
  if (opening && agency) reading.attributions.push({ agency, cueStart: opening.cueStart, cueEnd: opening.cueEnd, contentAfter: opening.contentAfter });
}

/**
 * "…, évalué à 237 000 manifestants", "…, estimée à 8 000": a French past
 * participle right after a comma, with no auxiliary, qualifies the noun
 * before it; no one speaks through it.
 */
function adjectivalParticiple(sentence: string, cue: { start: number; end: number }): boolean {
  const word = LEADING_LETTERS.exec(sentence.slice(cue.start))?.[0] ?? "";
  const before = sentence.slice(Math.max(0, cue.start - 50), cue.start);
  return /(?:é|ée|és|ées)$/u.test(word) && /,[\s\u00A0]*$/u.test(before) && !AUXILIARY_SET_OFF.test(before);
}
/** "La CGT a, de son côté, enregistré": the auxiliary stands before a phrase set off by commas. */
const AUXILIARY_SET_OFF = /(?:^|[\s\u00A0])(?:a|ont|avait|avaient|aurait|auraient)[\s\u00A0]*,[^,]{1,30},[\s\u00A0]*$/u;

/** Only a determiner between a cue and a name; only punctuation or the end after it. */
const DETERMINER_ONLY = /^[\s\u00A0]*(?:(?:le|la|les|l['’]|du|des|the)[\s\u00A0]*)?$/iu;
const NAME_ENDS = /^[\s\u00A0]*(?:[,.;:!?)»"”]|$)/u;
const NAME_OPENS = /(?:^|[,;:.!?«"“(][\s\u00A0]*|(?:^|[\s\u00A0])(?:le|la|les|l['’]|the)[\s\u00A0]*)$/iu;
const GAP_ONLY = /^[\s\u00A0]*(?:(?:a|ont|avait|has|have|had|also|également)[\s\u00A0]+)?$/iu;

/**
 * "Selon le Pentagone, …": a gazetteer name that is the whole phrase after the
 * cue speaks, and the phrase need not be read. The common case, kept cheap.
 */
function plainNameAfter(mentions: readonly AgencyMention[], sentence: string, cueEnd: number): boolean {
  return mentions.some((m) => m.start >= cueEnd && m.start - cueEnd <= 6 && DETERMINER_ONLY.test(sentence.slice(cueEnd, m.start)) && NAME_ENDS.test(sentence.slice(m.end, m.end + 3)));
}

/** "The ISW estimated", "Kyiv said": a gazetteer name that opens the clause right before the verb. */
function plainNameBefore(mentions: readonly AgencyMention[], sentence: string, cueStart: number): boolean {
  return mentions.some((m) => m.end <= cueStart && cueStart - m.end <= 14 && GAP_ONLY.test(sentence.slice(m.end, cueStart)) && NAME_OPENS.test(sentence.slice(Math.max(0, m.start - 6), m.start)));
}

/** French and English incises put the speaker after the verb: "…, a indiqué Kiev", "…, said the Pentagon". */
function invertedSpeaker(mentions: AgencyMention[], sentence: string, cueEnd: number, complementizer: RegExp): AgencyMention | undefined {
  return mentions.find((m) => {
    if (m.start < cueEnd || m.start - cueEnd > INVERTED_REACH) return false;
    const between = sentence.slice(cueEnd, m.start);
    return !/[,;.]/.test(between) && !complementizer.test(between);
  });
}

/**
 * "Pyongyang prévoit d'envoyer 10 000 soldats, a affirmé le NIS": what comes
 * before an incise is the incise speaker's report, so the speech verbs
 * inside it do not name speakers of their own.
 */
function withoutReported(attributions: Attribution[]): Attribution[] {
  const incise = attributions.find((a) => a.incise);
  if (!incise) return attributions;
  return attributions.filter((a) => a === incise || a.cueStart > incise.cueStart || a.incise);
}
