// Per-article memory shared by the stages: sentences, the sources each one
// names, and the dates each one resolves. Both are computed lazily and in
// text order, because pronouns and "N days later" look back at earlier
// sentences.
import type { ArticleInput } from "../claims/claim";
import type { Agency } from "../sources/agencies";
import type { AgencyMention } from "../sources/find-agencies";
import { FoundSources } from "../sources/found-sources";
import { type Attribution, findAttributions, nearestAttribution, type SentenceSources } from "./attribution";
import { parseIsoDay, type ResolvedDate } from "./calendar";
import { type DateMention, findDates } from "./dates";
import { deniedTopic, type Denial, findDenial } from "./denials";
import type { HeadNoun } from "./lexicon/types";
import { type Lexicon, lexiconFor } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { SentenceWords } from "./sentence-words";
import { type Sentence, splitSentences } from "./sentences";
import { EN_SPEAKERS, FR_SPEAKERS } from "./lexicon/speakers";
import { speakerAfter, speakerBefore } from "./speakers";
import { firstAtWordStart, openingParenthesis, phraseAlternation, phraseScanner } from "./text";

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

/** How many sentences on a quotation may close. */
const QUOTATION_REACH = 2;
/** How far after a closing quote its speaker's verb stands: `", a-t-il raconté`. */
const INCISE_GAP = 16;

/** Quote marks and whether each opens a quotation; a straight quote opens after a space or at the start. */
function quoteMarks(text: string): { at: number; opens: boolean }[] {
  const marks: { at: number; opens: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "«" || c === "“") marks.push({ at: i, opens: true });
    else if (c === "»" || c === "”") marks.push({ at: i, opens: false });
    else if (c === '"') marks.push({ at: i, opens: i === 0 || /[\s\u00A0(]/u.test(text.charAt(i - 1)) });
  }
  return marks;
}

/** The sentence's last quote mark opens a quotation that runs past its end. */
function opensQuotation(text: string): boolean {
  return quoteMarks(text).at(-1)?.opens ?? false;
}

/** Where the sentence closes a quotation opened before it (its first quote mark closes), or -1. */
function closingQuotation(text: string): number {
  const first = quoteMarks(text)[0];
  return first && !first.opens ? first.at : -1;
}

/** How many sentences back a denial with no object of its own looks for what it denies. */
const TOPIC_REACH = 6;
/** How many days before publication a one-day event may lie and still be the one reported. */
const EVENT_DAY_REACH = 7;

interface ContextRegexes {
  reportedMood: RegExp;
  continuation: RegExp;
  thenWords: RegExp;
}

const regexes = perLexicon((lexicon): ContextRegexes => {
  // ", alors que" opening a clause is "whereas"; "affirmait alors que" is "then said that".
  const then = phraseAlternation(lexicon.dates.then);
  return {
    reportedMood: phraseScanner(lexicon.reportedMood),
    continuation: phraseScanner(lexicon.continuation),
    thenWords: new RegExp(`${then}(?![\\s\\u00A0]+qu)|(?<![,;:][\\s\\u00A0]*|^[\\s\\u00A0]*)${then}(?=[\\s\\u00A0]+qu)`, "iu"),
  };
});

export class ArticleContext {
  readonly lexicon: Lexicon;
  readonly sentences: Sentence[];
  readonly published: Date | null;
  /** Sentences whose sources are in play, always listed in text order (see `sourcesAt`). */
  private readonly listed = new Set<number>();
  private readonly sources = new Map<number, SentenceSources>();
  /** Dates of the sentences read so far, in any order: only sentences with a figure or a denial need theirs. */
  private readonly dates: (DateMention[] | undefined)[] = [];
  private readonly denials = new Map<number, Denial | null>();
  private readonly words: (SentenceWords | undefined)[] = [];
  /** The anchor ("N days later") is followed in text order up to this sentence, on demand. */
  private anchoredUpTo = 0;
  private anchor: Date | null = null;
  /** Who the last figure of each sentence read so far was credited to: a report carries on through them. */
  private readonly credited = new Map<number, Agency | null>();
  /** Undefined until a figure asks for it. */
  private eventDayFound: ResolvedDate | null | undefined;
  private readonly regexes: ContextRegexes;
  /** Speakers the gazetteer lacks, merged across the article's sentences. */
  readonly found: FoundSources;

  constructor(readonly article: ArticleInput) {
    this.lexicon = lexiconFor(article.language);
    this.sentences = splitSentences(article.text);
    this.published = parseIsoDay(article.published);
    this.regexes = regexes(this.lexicon);
    this.found = new FoundSources(article.language);
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
  speakerFor(index: number, at: number, clause: string, span?: { start: number; end: number }): Attribution["agency"] | null {
    const speaker = this.creditedSpeaker(index, at, clause, span);
    this.credited.set(index, speaker);
    return speaker;
  }

  private creditedSpeaker(index: number, at: number, clause: string, span?: { start: number; end: number }): Attribution["agency"] | null {
    const sentence = this.sentences[index] as Sentence;
    const own = nearestAttribution(this.sourcesAt(index).attributions, at, span, sentence.text);
    if (own) return own.agency;
    const quoted = this.quotationSpeaker(index);
    if (quoted) return quoted;
    const words = span && this.wordsAt(index).from(span.start);
    const reported = firstAtWordStart(this.regexes.reportedMood, clause, words) !== null;
    const continues = firstAtWordStart(this.regexes.continuation, clause, words) !== null;
    for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
      const previous = this.sentences[i] as Sentence;
      if (previous.heading) break;
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
    if (!this.denials.has(index)) {
      const sentence = this.sentences[index] as Sentence;
      const mentions = () => this.sourcesAt(index).mentions;
      // The denier is read as a speaker is: "la CGT conteste", "contestés par la préfecture".
      const phraseSpeaker = (at: number, after: boolean) => {
        const speaker = (after ? speakerAfter : speakerBefore)(sentence.text, at, this.article.language, mentions(), this.found);
        return speaker === "PRONOUN" ? this.namedByAnaphor(sentence.text, at, after) : (speaker?.mention ?? null);
      };
      this.denials.set(index, findDenial(sentence.text, mentions, this.lexicon, phraseSpeaker, this.wordsAt(index)));
    }
    return this.denials.get(index) ?? null;
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

  /** When the sentence says "at the time"/"alors", the last date given in the two sentences before it. */
  thenDate(index: number): ResolvedDate | null {
    if (!this.regexes.thenWords.test((this.sentences[index] as Sentence).text)) return null;
    for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
      const found = this.datesAt(i).filter((d) => d.resolved && !d.prospective).at(-1);
      if (found?.resolved) return found.resolved;
    }
    return null;
  }

  /**
   * "Les jeunes avaient ouvert le bal vendredi. Ils étaient 40 000…": a
   * sentence of the same paragraph that only sets the day (one day, no
   * number of its own) dates the turnout of the sentence after it.
   */
  leadInDate(index: number): ResolvedDate | null {
    const sentence = this.sentences[index];
    const previous = this.sentences[index - 1];
    if (!sentence || !previous || previous.heading || previous.paragraph !== sentence.paragraph) return null;
    const dates = this.datesAt(index - 1).filter((d) => d.resolved && !d.prospective);
    const only = dates.length === 1 ? dates[0] : undefined;
    if (!only?.day || !only.resolved) return null;
    const rest = previous.text.slice(0, only.start) + previous.text.slice(only.end);
    const numberWord = (word: string) => this.lexicon.numberWords[word.toLowerCase()] !== undefined;
    return /\d/.test(rest) || rest.split(/[^\p{L}]+/u).some(numberWord) ? null : only.resolved;
  }

  datesAt(index: number): DateMention[] {
    const sentence = this.sentences[index];
    if (!sentence) return [];
    let found = this.dates[index];
    if (!found) {
      const anchorBefore = () => this.anchorBefore(index);
      // Only "N days later" reads the anchor, and following it needs every sentence before: done only then.
      found = findDates(sentence.text, this.lexicon, {
        published: this.published,
        get anchor() {
          return anchorBefore();
        },
      });
      this.dates[index] = found;
    }
    return found;
  }

  /**
   * The day a one-day event of the article took place, for a figure whose
   * sentence gives none: of the days the text names in the week before
   * publication ("on Sunday", "mardi 5 juillet"), the one named most often,
   * the first named on a tie. A day named once beside it is most often a
   * comparison ("contre 128 000 jeudi 19 mai"); older days are history.
   */
  eventDay(): ResolvedDate | null {
    if (this.eventDayFound !== undefined) return this.eventDayFound;
    const named = new Map<string, number>();
    for (let i = 0; i < this.sentences.length; i++) {
      for (const d of this.datesAt(i)) {
        // A day in parentheses is a comparison: "(contre 14 000 jeudi dernier)".
        if (!d.day || d.prospective || !this.withinEventReach(d.day) || openingParenthesis((this.sentences[i] as Sentence).text, d.start) >= 0) continue;
        const iso = d.day.toISOString().slice(0, 10);
        named.set(iso, (named.get(iso) ?? 0) + 1);
      }
    }
    let best: string | null = null;
    for (const [iso, count] of named) if (best === null || count > (named.get(best) ?? 0)) best = iso;
    this.eventDayFound = best ? { iso: best, precision: "day" } : null;
    return this.eventDayFound;
  }

  private withinEventReach(day: Date): boolean {
    if (!this.published) return false;
    const daysBefore = (this.published.getTime() - day.getTime()) / 86_400_000;
    return daysBefore >= 0 && daysBefore <= EVENT_DAY_REACH;
  }

  /** The last day the text reached before the sentence: the last day given by an earlier sentence. */
  private anchorBefore(index: number): Date | null {
    for (; this.anchoredUpTo < index; this.anchoredUpTo++) {
      for (const d of this.datesAt(this.anchoredUpTo)) if (d.day && !d.prospective) this.anchor = d.day;
    }
    return this.anchor;
  }
}
