// Stage 8: who says it. In a sentence, an attribution is a cue tied to an
// agency: "selon X", "d'après X", "according to X" (cue first) or "X a
// déclaré", "X estime", "X said" (speaker first). "Selon eux", "il a ajouté"
// point back to the last speaker. Carrying a speaker across sentences is
// decided in `speakers.ts`.
import type { Language } from "../claims/claim";
import type { Agency } from "../sources/agencies";
import { findAgencies, type AgencyMention } from "../sources/find-agencies";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { allWordMatches, endsWithPhraseRegex, phraseAlternation, phraseScanner, startsWithPhraseRegex } from "./text";

export interface Attribution {
  agency: Agency;
  /** Offsets of the cue in the sentence. */
  cueStart: number;
  cueEnd: number;
  /** Speaker after the verb, set off by a comma: it speaks for what comes before. */
  incise?: boolean;
}

interface CueRegexes {
  before: RegExp;
  after: RegExp;
  notSpeaker: RegExp;
  pronounAfterCue: RegExp;
  pronounBeforeCue: RegExp;
  complementizer: RegExp;
  notVerb: RegExp;
}

/** How far a speaker may stand from its cue. */
const AFTER_CUE_REACH = 90;
const BEFORE_CUE_REACH = 160;
const INVERTED_REACH = 40;
/** Words between a subject and its verb: "the Pentagon on Monday said". */
const SUBJECT_GAP = 24;
/** An incise follows a comma or a closing quote: "…, a affirmé le NIS", "…," said the Pentagon. */
const INCISE_BEFORE = /[,»”"][\s\u00A0\u202F]*(?:(?:a|ont|avait|avaient|has|have|had)[\s\u00A0]+)?$/u;

const regexes = perLexicon((lexicon): CueRegexes => {
  const a = lexicon.attribution;
  return {
    before: phraseScanner(a.cueBeforeSpeaker),
    after: phraseScanner(a.cueAfterSpeaker),
    notSpeaker: startsWithPhraseRegex(a.notSpeakers),
    pronounAfterCue: startsWithPhraseRegex(a.pronouns),
    pronounBeforeCue: new RegExp(`${phraseAlternation(a.pronouns)}[\\s\\u00A0]+(?:[\\p{L}'’-]+[\\s\\u00A0]+){0,3}$`, "iu"),
    complementizer: new RegExp(phraseAlternation(a.complementizers), "iu"),
    notVerb: endsWithPhraseRegex(a.notVerbBefore),
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
): SentenceSources {
  const mentions = findAgencies(sentence, language);
  const r = regexes(lexicon);
  const attributions: Attribution[] = [];
  // Reported content starts at "that"/"que": an agency named past it is what is spoken of, not who speaks.
  const beforeContent = (from: number, to: number) => !r.complementizer.test(sentence.slice(from, to));
  for (const cue of allWordMatches(r.before, sentence)) {
    const rest = sentence.slice(cue.end, cue.end + AFTER_CUE_REACH);
    if (r.notSpeaker.test(rest) && !mentions.some((m) => m.start >= cue.end && m.start - cue.end < 6)) continue;
    // "The ministry said Pyongyang had sent …": a speaker named just before the verb speaks, not the name after it.
    if (mentions.some((m) => m.end <= cue.start && cue.start - m.end <= SUBJECT_GAP && !/[,;:]/.test(sentence.slice(m.end, cue.start)))) continue;
    const speaker = mentions.find((m) => m.start >= cue.end && m.start - cue.end <= AFTER_CUE_REACH && beforeContent(cue.end, m.start));
    const pronoun = (!speaker || speaker.start - cue.end > 12) && r.pronounAfterCue.test(rest);
    const agency = pronoun ? previousSpeaker() : speaker?.agency;
    if (agency) attributions.push({ agency, cueStart: cue.start, cueEnd: cue.end });
  }
  for (const cue of allWordMatches(r.after, sentence)) {
    if (attributions.some((a) => a.cueStart <= cue.start && cue.start < a.cueEnd)) continue;
    if (r.notVerb.test(sentence.slice(Math.max(0, cue.start - 8), cue.start))) continue;
    const inverted = invertedSpeaker(mentions, sentence, cue.end, r.complementizer);
    const incise = inverted && INCISE_BEFORE.test(sentence.slice(Math.max(0, cue.start - 12), cue.start));
    const speaker = incise
      ? inverted
      : ([...mentions].reverse().find((m) => m.end <= cue.start && cue.start - m.end <= BEFORE_CUE_REACH) ?? inverted);
    const pronounCloser = !incise && (!speaker || cue.start - speaker.end > 40) && r.pronounBeforeCue.test(sentence.slice(Math.max(0, cue.start - 40), cue.start));
    const agency = pronounCloser ? previousSpeaker() : speaker?.agency;
    if (agency) attributions.push({ agency, cueStart: cue.start, cueEnd: cue.end, incise: Boolean(incise) });
  }
  attributions.sort((a, b) => a.cueStart - b.cueStart);
  return { attributions: withoutReported(attributions), mentions };
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

/** The attribution whose cue stands nearest the figure. */
export function nearestAttribution(attributions: Attribution[], at: number): Attribution | null {
  let best: Attribution | null = null;
  let bestDistance = Infinity;
  for (const a of attributions) {
    const distance = at < a.cueStart ? a.cueStart - at : Math.max(0, at - a.cueEnd);
    if (distance < bestDistance) {
      best = a;
      bestDistance = distance;
    }
  }
  return best;
}
