// Per-article memory shared by the stages: sentences, the sources each one
// names, and the dates each one resolves. Both are computed lazily and in
// text order, because pronouns and "N days later" look back at earlier
// sentences.
import type { ArticleInput } from "../claims/claim";
import type { Agency } from "../sources/agencies";
import { type Attribution, findAttributions, nearestAttribution, type SentenceSources } from "./attribution";
import { parseIsoDay, type ResolvedDate } from "./calendar";
import { type DateMention, findDates } from "./dates";
import { deniedTopic, type Denial, findDenial } from "./denials";
import type { HeadNoun } from "./lexicon/types";
import { type Lexicon, lexiconFor } from "./lexicon";
import { type Sentence, splitSentences } from "./sentences";
import { phraseAlternation } from "./text";

/** How many sentences back a pronoun or a continued report may look. */
const LOOK_BACK = 3;
/** How many sentences back a denial with no object of its own looks for what it denies. */
const TOPIC_REACH = 6;

export class ArticleContext {
  readonly lexicon: Lexicon;
  readonly sentences: Sentence[];
  readonly published: Date | null;
  private readonly sources = new Map<number, SentenceSources>();
  private readonly dates: DateMention[][] = [];
  private readonly denials = new Map<number, Denial | null>();
  private anchor: Date | null = null;
  private readonly reportedMood: RegExp;
  private readonly thenWords: RegExp;

  constructor(readonly article: ArticleInput) {
    this.lexicon = lexiconFor(article.language);
    this.sentences = splitSentences(article.text);
    this.published = parseIsoDay(article.published);
    this.reportedMood = new RegExp(phraseAlternation(this.lexicon.reportedMood), "iu");
    // ", alors que" opening a clause is "whereas"; "affirmait alors que" is "then said that".
    const then = phraseAlternation(this.lexicon.dates.then);
    this.thenWords = new RegExp(`${then}(?![\\s\\u00A0]+qu)|(?<![,;:][\\s\\u00A0]*|^[\\s\\u00A0]*)${then}(?=[\\s\\u00A0]+qu)`, "iu");
  }

  sourcesAt(index: number): SentenceSources {
    for (let i = Math.max(0, index - LOOK_BACK); i <= index; i++) {
      if (this.sources.has(i)) continue;
      const sentence = this.sentences[i] as Sentence;
      this.sources.set(i, findAttributions(sentence.text, this.article.language, this.lexicon, () => this.speakerBefore(i)));
    }
    return this.sources.get(index) as SentenceSources;
  }

  /** The last speaker in the few sentences before, else the last agency named there. */
  speakerBefore(index: number): Agency | null {
    for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
      const last = this.sources.get(i)?.attributions.at(-1);
      if (last) return last.agency;
    }
    for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
      const last = this.sources.get(i)?.mentions.at(-1);
      if (last) return last.agency;
    }
    return null;
  }

  /**
   * Who a figure is credited to. In its sentence, the nearest attribution.
   * Otherwise a report carries on: from the sentence just before in the same
   * paragraph, or — when the clause speaks in the future or conditional
   * ("sera déployé", "would be") — from up to three sentences back, across
   * one paragraph break but never across a heading.
   */
  speakerFor(index: number, at: number, clause: string): Attribution["agency"] | null {
    const own = nearestAttribution(this.sourcesAt(index).attributions, at);
    if (own) return own.agency;
    const sentence = this.sentences[index] as Sentence;
    const reported = this.reportedMood.test(clause);
    for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
      const previous = this.sentences[i] as Sentence;
      if (previous.heading) return null;
      const sameParagraph = previous.paragraph === sentence.paragraph;
      if (!reported && !(sameParagraph && i === index - 1)) return null;
      if (sentence.paragraph - previous.paragraph > 1) return null;
      const last = this.sourcesAt(i).attributions.at(-1);
      if (last) return last.agency;
    }
    return null;
  }

  /** The counted noun (people or materiel) of the nearest earlier sentence that has one, within TOPIC_REACH. */
  topicBefore(index: number): HeadNoun | null {
    for (let i = index - 2; i >= Math.max(0, index - TOPIC_REACH); i--) {
      const topic = deniedTopic((this.sentences[i] as Sentence).text, this.lexicon);
      if (topic) return topic;
    }
    return null;
  }

  denialAt(index: number): Denial | null {
    if (!this.denials.has(index)) {
      const sentence = this.sentences[index] as Sentence;
      this.denials.set(index, findDenial(sentence.text, () => this.sourcesAt(index).mentions, this.lexicon));
    }
    return this.denials.get(index) ?? null;
  }

  /** When the sentence says "at the time"/"alors", the last date given in the two sentences before it. */
  thenDate(index: number): ResolvedDate | null {
    if (!this.thenWords.test((this.sentences[index] as Sentence).text)) return null;
    for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
      const found = this.datesAt(i).filter((d) => d.resolved && !d.prospective).at(-1);
      if (found?.resolved) return found.resolved;
    }
    return null;
  }

  datesAt(index: number): DateMention[] {
    for (let i = this.dates.length; i <= index; i++) {
      const sentence = this.sentences[i] as Sentence;
      const found = findDates(sentence.text, this.lexicon, { published: this.published, anchor: this.anchor });
      for (const d of found) if (d.day && !d.prospective) this.anchor = d.day;
      this.dates.push(found);
    }
    return this.dates[index] ?? [];
  }
}
