// "La police avait compté 224 000 manifestants, les syndicats 400 000",
// "police counted 20,000, organisers 60,000": after a comma, a second speaker
// and a bare figure repeat the first clause's verb and noun (gapping). The
// figure counts what the one before it counted; the speaker gives it.
import type { FoundSources } from "../sources/found-sources";
import { guessKind } from "../sources/source-kind";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { SentenceReading } from "./sentence-reading";
import { speakerAfter } from "./speakers";
import { normalizeWord, SPACE_CHAR as SPACE } from "./text";


interface GapRegexes {
  /** The gap ending right before a figure: ", les syndicats ", ", the unions at ". */
  beforeFigure: RegExp;
  /** Every gap of a sentence, each followed by its figure. */
  all: RegExp;
  /** The link between the speaker and its figure, if any, then spaces: " at ". */
  linkOnly: RegExp;
}

const regexes = perLexicon((lexicon): GapRegexes => {
  const links = lexicon.gapFigureLinks.join("|");
  // One to four words, maybe after a determiner: "les syndicats", "organisers".
  const speaker = `(?:(?:${lexicon.gapDeterminers.join("|")})${SPACE}*)?\\p{L}[\\p{L}'’.-]*(?:${SPACE}+\\p{L}[\\p{L}'’.-]*){0,3}`;
  const gap = `,${SPACE}*(${speaker})${SPACE}+(?:(?:${links})${SPACE}+)?`;
  return {
    beforeFigure: new RegExp(`${gap}$`, "u"),
    all: new RegExp(`${gap}(?=\\p{N})`, "gu"),
    linkOnly: new RegExp(`^(?:${SPACE}+(?:${links}))?${SPACE}*$`, "u"),
  };
});

/** How far after the figure before it the comma may stand: its noun, not another clause. */
const COMMA_REACH = 40;
/** Kinds of names that are no speaker here: "…, le département 93". */
const NOT_SPEAKERS = new Set(["other", "person"]);

/** Words that make the phrase a clause with a verb of its own: "organizers insisted it was", "KNCHR reported". */
const verbWords = perLexicon(
  (lexicon): Set<string> =>
    new Set([...lexicon.predicateAuxiliaries, ...lexicon.attribution.cueAfterSpeaker.map((cue) => cue.split(" ")[0] as string)].map((w) => normalizeWord(w.replace(/\*$/u, "")))),
);

/**
 * Whether the bare figure starting at `start` is the gapped second half of a
 * clause whose figure ended at `previousEnd`: ", les syndicats 400 000".
 */
export function gappedAfter(text: string, previousEnd: number, start: number, lexicon: Lexicon): boolean {
  const gap = regexes(lexicon).beforeFigure.exec(text.slice(previousEnd, start));
  if (!gap || gap.index > COMMA_REACH || /[.;:!?]/u.test(text.slice(previousEnd, previousEnd + gap.index))) return false;
  const phrase = gap[1] as string;
  const verbs = verbWords(lexicon);
  if (phrase.split(/[\s\u00A0\u202F]+/u).some((w) => verbs.has(normalizeWord(w)))) return false;
  return !NOT_SPEAKERS.has(guessKind(phrase));
}

/** The speaker of each gapped figure, credited to it alone, when the sentence already has a speaker. */
export function gappedSpeakers(reading: SentenceReading, found: FoundSources, lexicon: Lexicon): void {
  const { sentence, language, mentions, previousSpeaker, attributions } = reading;
  if (!attributions.length) return;
  const r = regexes(lexicon);
  // An exec loop, not matchAll: matchAll copies the regex on every call, and this runs on every attributed sentence.
  r.all.lastIndex = 0;
  for (let gap = r.all.exec(sentence); gap; gap = r.all.exec(sentence)) {
    const phraseStart = gap.index + gap[0].indexOf(gap[1] as string);
    const figureAt = gap.index + gap[0].length;
    // ", KNCHR reported 361": a speaker with its own verb is no gap.
    if (attributions.some((a) => a.cueStart >= phraseStart && a.cueStart < figureAt)) continue;
    const named = speakerAfter(sentence, phraseStart, language, mentions, found, previousSpeaker);
    if (!named || named === "PRONOUN" || NOT_SPEAKERS.has(named.agency.kind)) continue;
    if (!r.linkOnly.test(sentence.slice(named.mention.end, figureAt))) continue;
    const agency = reading.phraseSpeaker(named);
    if (agency) attributions.push({ agency, cueStart: named.mention.start, cueEnd: named.mention.end, contentAfter: true });
  }
}
