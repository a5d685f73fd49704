// Per-article memory shared by the stages: sentences, the sources each one
// names, and (in article-dates.ts) the dates each one resolves. Both are
// computed lazily and in text order, because pronouns and "N days later"
// look back at earlier sentences.
import type { ArticleInput } from "../claims/claim";
import type { Agency } from "../sources/agencies";
import type { AgencyMention } from "../sources/find-agencies";
import { FoundSources } from "../sources/found-sources";
import { type Attribution, findAttributions, type SentenceSources } from "./attribution";
import { nearestAttribution } from "./nearest-attribution";
import { agentlessPassive } from "./agentless-passive";
import { ArticleDates } from "./article-dates";
import { unownedFigureSubject } from "./unowned-figure";
import { parseIsoDay } from "./calendar";
import { deniedTopic, type Denial, type DenialReader, findDenial, mayDeny } from "./denials";
import type { HeadNoun } from "./lexicon/types";
import { type Lexicon, lexiconFor } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { SentenceWords } from "./sentence-words";
import { holdsOnlyLatin1, oneByteCopy } from "./one-byte";
import { type Sentence, splitSentences } from "./sentences";
import { EN_SPEAKERS, FR_SPEAKERS } from "./lexicon/speakers";
import { closingQuotation, opensQuotation } from "./quotations";
import { speakerAfter, speakerBefore } from "./speakers";
import { firstAtWordStart, phraseAlternation, phraseScanner } from "./text";

/** Anaphors that name an institution ("la préfecture", "the union"), not "ce dernier" or "the latter". */
const anaphorRegexes = perLexicon((lexicon) => {
  const speakers = lexicon.language === "fr" ? FR_SPEAKERS : EN_SPEAKERS;
  const named = speakers.anaphors.filter((a) => !/(?:dernier|dernière|latter)$/u.test(a));
  const alternation = phraseAlternation(named);
  return {
    after: new RegExp(`^[\\s\\u00A0]*(${alternation})`, "iu"),
    before: new RegExp(`(${alternation})[\\s\\u00A0]*(?:[\\p{L}]+[\\s\\u00A0]+)?$`, "iu"),
    determiner: /^(?:le|la|les|l['’]|the)[\s\u00A0]*/iu,
  };
});

/** How many sentences back a pronoun or a continued report may look. */
const LOOK_BACK = 3;
/** An official figure named before the figure in its sentence, and who gives official figures. */
const OFFICIAL_FIGURE: Record<ArticleInput["language"], { pattern: RegExp; speaker: string }> = {
  en: { pattern: /\bofficial\s+(?:death\s+)?(?:toll|number|count|figure|tally|estimate)s?\b/iu, speaker: "officials" },
  fr: { pattern: /(?:^|[\s'’])(?:bilan|chiffre|décompte|nombre)s?\s+officiel(?:le)?s?(?![\p{L}])/iu, speaker: "les autorités" },
};

/** How far before a figure "the official toll" names it: "the official death toll of 64", "le bilan officiel de 300 morts". */
const OFFICIAL_REACH = 30;
/** How many sentences on a quotation may close. */
const QUOTATION_REACH = 2;
/** How far after a closing quote its speaker's verb stands: `", a-t-il raconté`. */
const INCISE_GAP = 16;

/** How many sentences back a denial with no object of its own looks for what it denies. */
const TOPIC_REACH = 6;

interface ContextRegexes {
  reportedMood: RegExp;
  continuation: RegExp;
}

const regexes = perLexicon(
  (lexicon): ContextRegexes => ({
    reportedMood: phraseScanner(lexicon.reportedMood),
    continuation: phraseScanner(lexicon.continuation),
  }),
);

/** The sentence with its text held one byte per character where it can be (see `oneByteCopy`). */
function withOneByteText(sentence: Sentence): Sentence {
  sentence.text = oneByteCopy(sentence.text);
  return sentence;
}

/** A sentence's known names and noun phrases, as its denial is read (a class, not closures made per sentence). */
class SentenceDenialReader implements DenialReader {
  constructor(
    private readonly ctx: ArticleContext,
    private readonly index: number,
  ) {}

  mentions(): AgencyMention[] {
    return this.ctx.sourcesAt(this.index).mentions;
  }

  speakerAt(at: number, after: boolean): AgencyMention | null {
    return this.ctx.denierPhraseAt(this.index, at, after);
  }
}

export class ArticleContext {
  readonly lexicon: Lexicon;
  readonly sentences: Sentence[];
  readonly published: Date | null;
  /** Sentences whose sources are in play, always listed in text order (see `sourcesAt`). */
  private readonly listed = new Set<number>();
  private readonly sources = new Map<number, SentenceSources>();
  private readonly denials = new Map<number, Denial | null>();
  private readonly words: (SentenceWords | undefined)[] = [];
  /** Who the last figure of each sentence read so far was credited to: a report carries on through them. */
  private readonly credited = new Map<number, Agency | null>();
  /** Whether the last figure of each sentence counted events or places (rallies, towns) rather than people or damage. */
  private readonly creditedEvents = new Map<number, boolean>();
  private readonly regexes: ContextRegexes;
  /** Speakers the gazetteer lacks, merged across the article's sentences. */
  readonly found: FoundSources;
  /** The days the sentences name, and the day a figure with none of its own holds for. */
  readonly dates: ArticleDates;

  constructor(readonly article: ArticleInput) {
    this.lexicon = lexiconFor(article.language);
    const sentences = splitSentences(article.text);
    // Only the sentences of a text beyond Latin-1 are cut from a two-byte string.
    this.sentences = holdsOnlyLatin1(article.text) ? sentences : sentences.map(withOneByteText);
    this.published = parseIsoDay(article.published);
    this.regexes = regexes(this.lexicon);
    this.found = new FoundSources(article.language);
    this.dates = new ArticleDates(this.sentences, this.lexicon, this.published, (index) => this.wordsAt(index));
  }

  /** The words of a sentence, read once for every phrase scan of it. */
  wordsAt(index: number): SentenceWords {
    let words = this.words[index];
    if (!words) {
      words = new SentenceWords((this.sentences[index] as Sentence).text);
      this.words[index] = words;
    }
    return words;
  }

  /**
   * The sources of a sentence. A pronoun there stands for a speaker of the
   * few sentences before that were themselves read, so reading a sentence
   * also lists the ones before it; those are only worked out when looked at.
   */
  sourcesAt(index: number): SentenceSources {
    for (let i = Math.max(0, index - LOOK_BACK); i <= index; i++) this.listed.add(i);
    return this.sourcesOf(index);
  }

  private sourcesOf(index: number): SentenceSources {
    let found = this.sources.get(index);
    if (!found) {
      const sentence = this.sentences[index] as Sentence;
      found = findAttributions(sentence.text, this.article.language, this.lexicon, () => this.speakerBefore(index), this.found, this.wordsAt(index));
      this.sources.set(index, found);
    }
    return found;
  }

  /** The last speaker in the few listed sentences before, else the last agency named there. */
  private speakerBefore(index: number): Agency | null {
    for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
      const last = this.listed.has(i) ? this.sourcesOf(i).attributions.at(-1) : undefined;
      if (last) return last.agency;
    }
    for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
      const last = this.listed.has(i) ? this.sourcesOf(i).mentions.at(-1) : undefined;
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
  speakerFor(index: number, at: number, clause: string, span?: { start: number; end: number }, countsEvents = false): Attribution["agency"] | null {
    const speaker = this.creditedSpeaker(index, at, clause, span, countsEvents);
    this.credited.set(index, speaker);
    this.creditedEvents.set(index, countsEvents);
    return speaker;
  }

  private creditedSpeaker(index: number, at: number, clause: string, span: { start: number; end: number } | undefined, countsEvents: boolean): Attribution["agency"] | null {
    const sentence = this.sentences[index] as Sentence;
    const own = nearestAttribution(this.sourcesAt(index).attributions, at, span, sentence.text);
    if (own) return own.agency;
    const quoted = this.quotationSpeaker(index);
    if (quoted) return quoted;
    // "The study dismisses the official death toll of 64": an official figure named right before the figure is the officials', whoever spoke before.
    const official = this.officialFigure(sentence.text.slice(Math.max(0, at - OFFICIAL_REACH), at));
    if (official) return official;
    // "Dozens are reported missing": reported by someone unnamed, not by the speaker before.
    if (agentlessPassive(clause, this.article.language)) return null;
    // "Un précédent bilan avait fait état de …": a count of nobody named.
    if (unownedFigureSubject(clause, this.article.language) || unownedFigureSubject(sentence.text, this.article.language)) return null;
    const words = span && this.wordsAt(index).from(span.start);
    const reported = firstAtWordStart(this.regexes.reportedMood, clause, words) !== null;
    const continues = firstAtWordStart(this.regexes.continuation, clause, words) !== null;
    for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
      const previous = this.sentences[i] as Sentence;
      if (previous.heading) break;
      // "… selon le ministère. Au total, 250 manifestations étaient déclarées": a report of people does not go on to a count of events.
      if (countsEvents && this.creditedEvents.get(i) === false) break;
      const sameParagraph = previous.paragraph === sentence.paragraph;
      if (sentence.paragraph - previous.paragraph > 1) break;
      const last = this.sourcesOf(i).attributions.at(-1);
      if (last && (reported || sameParagraph)) return last.agency;
      if (reported) continue;
      if (!sameParagraph) break;
      // The paragraph's report goes on through the figures the sentence before credited to it; across a
      // sentence that gives neither figure nor speaker only when the figure says it adds to it ("a également fait").
      if (this.credited.has(i)) return this.credited.get(i) ?? null;
      if (!continues) break;
    }
    return this.officialFigure(sentence.text.slice(0, at));
  }

  /** "the official death toll … 64", "le bilan officiel … 300 morts": the authorities give an official figure, unnamed. */
  private officialFigure(before: string): Agency | null {
    const official = OFFICIAL_FIGURE[this.article.language];
    if (!official.pattern.test(before)) return null;
    return this.found.resolve(official.speaker, official.speaker.replace(/^(?:les|the)\s/u, ""));
  }

  /**
   * A quotation the sentence opens and does not close speaks with the voice
   * named where it closes: «"Nous en avons compté 5 000. … », a-t-il raconté»,
   * "We counted 5,000 people. … ," said the mayor.
   */
  private quotationSpeaker(index: number): Agency | null {
    const sentence = this.sentences[index] as Sentence;
    if (!opensQuotation(sentence.text)) return null;
    for (let i = index + 1; i <= index + QUOTATION_REACH && i < this.sentences.length; i++) {
      const next = this.sentences[i] as Sentence;
      if (next.paragraph !== sentence.paragraph) return null;
      const close = closingQuotation(next.text);
      if (close < 0) continue;
      return this.sourcesAt(i).attributions.find((a) => a.cueStart > close && a.cueStart - close <= INCISE_GAP)?.agency ?? null;
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
    if (!this.denials.has(index)) this.denials.set(index, this.findDenialAt(index));
    return this.denials.get(index) ?? null;
  }

  private findDenialAt(index: number): Denial | null {
    const sentence = this.sentences[index] as Sentence;
    if (!mayDeny(sentence.text, this.lexicon, this.wordsAt(index))) return null;
    return findDenial(sentence.text, new SentenceDenialReader(this, index), this.lexicon, this.wordsAt(index));
  }

  /** The denier is read as a speaker is: "la CGT conteste", "contestés par la préfecture". */
  denierPhraseAt(index: number, at: number, after: boolean): AgencyMention | null {
    const text = (this.sentences[index] as Sentence).text;
    const speaker = (after ? speakerAfter : speakerBefore)(text, at, this.article.language, this.sourcesAt(index).mentions, this.found);
    return speaker === "PRONOUN" ? this.namedByAnaphor(text, at, after) : (speaker?.mention ?? null);
  }

  /**
   * "contestés par la préfecture", "the union disputed": a noun that points
   * back stands for a source of that name, not for the last speaker, who is
   * rarely the one denying. "Ce dernier" names nothing.
   */
  private namedByAnaphor(text: string, at: number, after: boolean): AgencyMention | null {
    const r = anaphorRegexes(this.lexicon);
    const m = after ? r.after.exec(text.slice(at)) : r.before.exec(text.slice(0, at));
    const written = m?.[1];
    if (!m || !written) return null;
    const agency = this.found.resolve(written, written.replace(r.determiner, ""));
    const start = after ? at + m[0].indexOf(written) : m.index + m[0].indexOf(written);
    return agency ? { agency, start, end: start + written.length, text: written } : null;
  }
}
