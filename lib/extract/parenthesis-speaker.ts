// "500 000 (organisateurs) personnes": a speaker alone in a parenthesis right
// after a figure, who gives that figure and no other in the sentence.
import type { FoundSources } from "../sources/found-sources";
import type { SentenceReading } from "./sentence-reading";
import { speakerAfter } from "./speakers";

/** A figure, maybe its noun, then a parenthesis of a few words with no digit: "500 000 (organisateurs)", "20,000 people (police)". */
const PARENTHESIS_AFTER_FIGURE = /\p{N}[\s\u00A0\u202F]*(?:\p{L}+[\s\u00A0\u202F]*)?\(([^()\p{N}]{3,40})\)/gu;
/** Kinds of found sources a parenthesis after a figure does not name. */
const NOT_IN_PARENTHESIS = new Set(["other", "person"]);
/** What may stand between a figure's start and a parenthesis that speaks for it: the rest of its number and its noun. */
const REST_OF_NUMBER = /^[\p{N}\s\u00A0\u202F.,]*(?:\p{L}+[\s\u00A0\u202F]*)?$/u;

/**
 * "Entre 133 000 (selon la police) et 500 000 (organisateurs) personnes": a
 * parenthesis holding only a speaker, right after a figure, is who gives that
 * figure. The phrase must fill the parenthesis and name a kind of source, so
 * that "(environ)" or "(Paris)" speak for no one.
 */
export function speakersInParenthesis(reading: SentenceReading, found: FoundSources): void {
  const { sentence, language, mentions, previousSpeaker, attributions } = reading;
  for (const m of sentence.matchAll(PARENTHESIS_AFTER_FIGURE)) {
    const open = (m.index ?? 0) + m[0].indexOf("(");
    const close = open + 1 + (m[1] ?? "").length;
    if (attributions.some((a) => a.cueStart > open && a.cueStart < close)) continue;
    const named = speakerAfter(sentence, open + 1, language, mentions, found, previousSpeaker);
    if (!named || named === "PRONOUN" || sentence.slice(named.mention.end, close).trim() !== "") continue;
    // A lone capitalised word guessed to be a person is more often a place there: "3 000 (Lyon)".
    if (!mentions.includes(named.mention) && NOT_IN_PARENTHESIS.has(named.agency.kind)) continue;
    const agency = reading.phraseSpeaker(named);
    if (agency) attributions.push({ agency, cueStart: open, cueEnd: close + 1, figureBefore: true });
  }
}

/** Whether a parenthesis speaker whose cue starts at `cueStart` speaks for the figure at `at`: only the rest of its number and its noun stand between them. */
export function speaksForFigureAt(text: string, at: number, cueStart: number): boolean {
  return at < cueStart && REST_OF_NUMBER.test(text.slice(at, cueStart));
}
