// Stage 11c: disputes of a figure that the denial verbs do not catch, read
// from the figure nouns a sentence names. "La CGT conteste ce chiffre", "des
// chiffres contestés par la police", "the ministry dismissed the figure as
// exaggerated". A sentence that names a figure (chiffre, bilan, toll, count …)
// and disputes it gives a claim with stance `denies`, credited to who disputes
// (the agent after "par"/"by", else the subject before the verb, else the
// sentence's speaker), about what the disputed figure counts and linked to it.
// Its words are the denials' own, in lexicon/denials.ts (figureDisputeCues): the
// verbs, the words running a figure down and a few cues of figures alone.
import type { ExtractedClaim, Language } from "../claims/claim";
import type { Agency } from "../sources/agencies";
import { perLexicon } from "./lexicon/per-lexicon";
import { speakerAfter, speakerBefore, type Speaker } from "./speakers";
import { denialLexicon, figureDisputeCues } from "./lexicon/denials";
import { firstAtWordStart, phraseAlternation, phraseScanner, startsWithPhraseRegex } from "./text";
import type { ArticleContext } from "./context";
import type { Sentence } from "./sentences";
import { nearestAttribution } from "./nearest-attribution";
import { sourceRef, wholeSentenceSpan } from "./claims";

interface DisputeRegexes {
  cues: RegExp;
  figureNouns: RegExp;
  agent: RegExp;
  negated: RegExp;
}

const regexes = perLexicon((lexicon): DisputeRegexes => {
  const d = denialLexicon(lexicon.language);
  return {
    cues: phraseScanner(figureDisputeCues(d)),
    figureNouns: phraseScanner(d.figureNouns),
    agent: startsWithPhraseRegex(d.agentMarkers),
    // "ne conteste pas", "did not dispute": a negation right before the cue.
    negated: new RegExp(`(?:^|[\\s\\u00A0])(?:${phraseAlternation(d.negations)}|n'|n’)[\\s\\u00A0]*$`, "iu"),
  };
});

function agencyOf(speaker: Speaker, previous: () => Agency | null): Agency | null {
  if (speaker === "PRONOUN") return previous();
  return speaker?.agency ?? null;
}

/** Who disputes: "contestés par la police", else "la CGT conteste", else the sentence's speaker. */
function disputer(ctx: ArticleContext, sentence: Sentence, cue: { start: number; end: number }): Agency | null {
  const text = sentence.text;
  const language: Language = ctx.article.language;
  const { mentions, attributions } = ctx.sourcesAt(sentence.index);
  // A pronoun stands for the sentence's own speaker first ("the FT quoted X as saying that …"), then the last one before.
  const previous = () =>
    nearestAttribution(attributions, cue.start)?.agency ?? (sentence.index > 0 ? (ctx.sourcesAt(sentence.index - 1).attributions.at(-1)?.agency ?? null) : null);
  const agent = regexes(ctx.lexicon).agent.exec(text.slice(cue.end, cue.end + 12));
  if (agent) {
    const by = agencyOf(speakerAfter(text, cue.end + agent[0].length, language, mentions, ctx.found), previous);
    if (by) return by;
  }
  const before = agencyOf(speakerBefore(text, cue.start, language, mentions, ctx.found), previous);
  return before ?? nearestAttribution(attributions, cue.start)?.agency ?? null;
}

/** The dispute in a sentence, if it disputes a figure, as a denial of the figure given last. */
export function figureDisputeClaim(ctx: ArticleContext, sentence: Sentence, disputed: ExtractedClaim | null): ExtractedClaim | null {
  const r = regexes(ctx.lexicon);
  const text = sentence.text;
  // Most sentences name no figure: that test goes first.
  const words = ctx.wordsAt(sentence.index);
  if (!firstAtWordStart(r.figureNouns, text, words)) return null;
  const cue = firstAtWordStart(r.cues, text, words);
  if (!cue) return null;
  if (r.negated.test(text.slice(Math.max(0, cue.index - 12), cue.index))) return null;
  const by = disputer(ctx, sentence, { start: cue.index, end: cue.index + cue[0].length });
  return {
    ...wholeSentenceSpan(ctx, sentence),
    value: { low: null, best: null, high: null },
    qualifier: "exact",
    unit: disputed?.unit ?? "people",
    category: disputed?.category ?? "other",
    measure: disputed?.measure ?? "the figure given",
    scope: disputed ? { ...disputed.scope } : { place: null, group: null, state: null },
    subject: disputed?.subject ?? null,
    source: sourceRef(by),
    asOf: disputed?.asOf ?? null,
    asOfPrecision: disputed?.asOfPrecision ?? null,
    stance: "denies",
    ...(disputed ? { disputes: { start: disputed.start, end: disputed.end, quote: disputed.quote } } : {}),
  };
}
