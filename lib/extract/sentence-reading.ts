// One sentence as `findAttributions` reads it: the state its cue scans share,
// kept in one object so that reading a sentence makes no closures.
import type { Language } from "../claims/claim";
import type { Agency } from "../sources/agencies";
import type { AgencyMention } from "../sources/find-agencies";
import type { FoundSources } from "../sources/found-sources";
import type { Attribution, CueRegexes } from "./attribution";
import { invertsSpeaker, type Speaker, speakerAfter, speakerBefore } from "./speakers";

/**
 * One sentence being read for attributions: its gazetteer mentions, the
 * speakers its noun phrases name, and the attributions found so far.
 */
export class SentenceReading {
  readonly attributions: Attribution[] = [];
  /** Speakers noun phrases name: they join the sentence's mentions, so denials and pronouns see them. */
  readonly foundMentions: AgencyMention[] = [];

  constructor(
    readonly sentence: string,
    readonly language: Language,
    readonly r: CueRegexes,
    readonly mentions: AgencyMention[],
    readonly previousSpeaker: () => Agency | null,
    readonly found: FoundSources | undefined,
  ) {}

  /** The speaker a noun phrase names. */
  phraseSpeaker(speaker: Speaker): Agency | null {
    if (speaker === "PRONOUN") return this.previousSpeaker();
    if (speaker && !this.mentions.includes(speaker.mention)) this.foundMentions.push(speaker.mention);
    return speaker?.agency ?? null;
  }

  /** Reported content starts at "that"/"que": an agency named past it is what is spoken of, not who speaks. */
  beforeContent(from: number, to: number): boolean {
    return !this.r.complementizer.test(this.sentence.slice(from, to));
  }

  /** "…, a indiqué la préfecture" (an incise names its speaker after the verb), else "la préfecture a indiqué". */
  phrasedSpeaker(cue: { start: number; end: number }, inciseContext: boolean, registry: FoundSources): { agency: Agency; incise: boolean } | null {
    const { sentence, language, mentions, previousSpeaker } = this;
    if (inciseContext && invertsSpeaker(sentence.slice(cue.start, cue.end), language)) {
      const after = this.phraseSpeaker(speakerAfter(sentence, cue.end, language, mentions, registry, previousSpeaker));
      if (after) return { agency: after, incise: true };
    }
    const before = this.phraseSpeaker(speakerBefore(sentence, cue.start, language, mentions, registry, previousSpeaker));
    return before ? { agency: before, incise: false } : null;
  }
}
