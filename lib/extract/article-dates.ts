// The days an article's sentences name, resolved against its publication
// date, and the day a figure with none of its own holds for: "at the time",
// a sentence that only sets the day, the day of a one-day event. Sentences
// are read lazily: only those with a figure or a denial need their dates,
// and "N days later" follows the text in order only when it is met.
import { type ResolvedDate } from "./calendar";
import { type DateContext, type DateMention, findDates } from "./dates";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { PhraseFilter } from "./sentence-words";
import type { Sentence } from "./sentences";
import { openingParenthesis, phraseAlternation } from "./text";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const NON_LETTERS = /[^\p{L}]+/u;
/** A time of day written as a stamp: "06:24 PM", "18h24", "18 h 24". */
const STAMP_TIME = /(?<!\d)\d{1,2}[\s\u00A0]?[:h][\s\u00A0]?\d{2}(?!\d)/u;

/** How many days before publication a one-day event may lie and still be the one reported. */
const EVENT_DAY_REACH = 7;

const thenWordsRegex = perLexicon((lexicon) => {
  // ", alors que" opening a clause is "whereas"; "affirmait alors que" is "then said that".
  const then = phraseAlternation(lexicon.dates.then);
  return new RegExp(`${then}(?![\\s\\u00A0]+qu)|(?<![,;:][\\s\\u00A0]*|^[\\s\\u00A0]*)${then}(?=[\\s\\u00A0]+qu)`, "iu");
});

/** What a sentence's dates resolve against. Only "N days later" reads the anchor, and following it needs every sentence before: done only then. */
class SentenceDateContext implements DateContext {
  constructor(
    private readonly dates: ArticleDates,
    private readonly index: number,
    readonly published: Date | null,
  ) {}

  get anchor(): Date | null {
    return this.dates.anchorBefore(this.index);
  }
}

export class ArticleDates {
  /** Dates of the sentences read so far, in any order. */
  private readonly found: (DateMention[] | undefined)[] = [];
  /** The anchor ("N days later") is followed in text order up to this sentence, on demand. */
  private anchoredUpTo = 0;
  private anchor: Date | null = null;
  /** Undefined until a figure asks for it. */
  private eventDayFound: ResolvedDate | null | undefined;
  private readonly thenWords: RegExp;

  constructor(
    private readonly sentences: readonly Sentence[],
    private readonly lexicon: Lexicon,
    private readonly published: Date | null,
    /** The words of a sentence, read once for every phrase scan of it. */
    private readonly wordsAt: (index: number) => PhraseFilter,
  ) {
    this.thenWords = thenWordsRegex(lexicon);
  }

  /** When the sentence says "at the time"/"alors", the last date given in the two sentences before it. */
  thenDate(index: number): ResolvedDate | null {
    if (!this.thenWords.test((this.sentences[index] as Sentence).text)) return null;
    for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
      const found = this.at(i).filter((d) => d.resolved && !d.prospective).at(-1);
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
    const dates = this.at(index - 1).filter((d) => d.resolved && !d.prospective);
    const only = dates.length === 1 ? dates[0] : undefined;
    if (!only?.day || !only.resolved) return null;
    const rest = previous.text.slice(0, only.start) + previous.text.slice(only.end);
    return /\d/.test(rest) || rest.split(NON_LETTERS).some((word) => this.lexicon.numberWords[word.toLowerCase()] !== undefined) ? null : only.resolved;
  }

  /** The dates of a sentence, found once. */
  at(index: number): DateMention[] {
    const sentence = this.sentences[index];
    if (!sentence) return [];
    let found = this.found[index];
    if (!found) {
      found = findDates(sentence.text, this.lexicon, new SentenceDateContext(this, index, this.published), this.wordsAt(index));
      this.found[index] = found;
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
      // A byline ("June 10, 2019, 06:24 PM", "Publié le 10/06 à 18h24") stamps the publication, not the event.
      if (this.isDateline(i)) continue;
      for (const d of this.at(i)) {
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

  /** A heading line that holds a time of day: the article's stamp. */
  private isDateline(index: number): boolean {
    const sentence = this.sentences[index] as Sentence;
    return sentence.heading && STAMP_TIME.test(sentence.text);
  }

  private withinEventReach(day: Date): boolean {
    if (!this.published) return false;
    const daysBefore = (this.published.getTime() - day.getTime()) / 86_400_000;
    return daysBefore >= 0 && daysBefore <= EVENT_DAY_REACH;
  }

  /** The last day the text reached before the sentence: the last day given by an earlier sentence. */
  anchorBefore(index: number): Date | null {
    for (; this.anchoredUpTo < index; this.anchoredUpTo++) {
      for (const d of this.at(this.anchoredUpTo)) if (d.day && !d.prospective) this.anchor = d.day;
    }
    return this.anchor;
  }
}
