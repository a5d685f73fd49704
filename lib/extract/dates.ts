// Stage 9: when. Date expressions in a sentence, resolved against the
// article's publication date (weekdays, "fin novembre", "il y a neuf jours")
// or against the last date the text reached ("quatre jours plus tard").
// Deadlines and starting points ("d'ici décembre", "dès le 1er novembre",
// "by December") are not the date a figure holds for and are marked.
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { addDays, dayOf, makeDay, monthOf, type ResolvedDate, weekdayOnOrBefore, yearOf, yearOnOrBefore } from "./calendar";
import { type PhraseFilter, registerScanner } from "./sentence-words";
import { phraseAlternation, phraseAlternatives, phraseScanner, WORD_START } from "./text";

export interface DateContext {
  published: Date | null;
  /** The last day the text itself has reached, for "N days later". */
  anchor: Date | null;
}

export interface DateMention {
  start: number;
  end: number;
  resolved: ResolvedDate | null;
  /** The day it falls on, when known to the day (feeds the anchor). */
  day: Date | null;
  prospective: boolean;
}

type Resolver = (m: RegExpExecArray, ctx: DateContext) => { resolved: ResolvedDate | null; day: Date | null };

/** The kind of word a parser cannot match without: it runs only when one is present. */
type Trigger = "month" | "weekday" | "relative" | "unit" | "year" | "numeric";

interface DateParser {
  regex: RegExp;
  resolve: Resolver;
  needs: Trigger;
  /** The pattern cannot match without an ASCII digit. */
  digits?: boolean;
  /** Phrases one of which every match holds, at a word start: a sentence whose words open with none skips the parser (see `registerScanner`). */
  phrases?: readonly string[];
}

const SP = "[\\s\\u00A0\\u202F]+";
const none = { resolved: null, day: null };
const asDay = (d: Date | null) => (d ? { resolved: dayOf(d), day: d } : none);

function lookupNumber(word: string, lexicon: Lexicon): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return lexicon.numberWords[word.toLowerCase()] ?? null;
}

function dayMonth(lexicon: Lexicon, day: string | undefined, month: string | undefined, year: string | undefined, ctx: DateContext) {
  const m = lexicon.months[(month ?? "").toLowerCase()];
  const d = Number(day);
  if (!m || !d) return none;
  const y = year ? Number(year) : ctx.published ? yearOnOrBefore(ctx.published, m, d) : null;
  return y === null ? none : asDay(makeDay(y, m, d));
}

function monthYear(lexicon: Lexicon, month: string | undefined, year: string | undefined, ctx: DateContext) {
  const m = lexicon.months[(month ?? "").toLowerCase()];
  if (!m) return none;
  if (year) return { resolved: monthOf(Number(year), m), day: null };
  if (!ctx.published) return none;
  const y = ctx.published.getUTCFullYear() - (m > ctx.published.getUTCMonth() + 1 ? 1 : 0);
  return { resolved: monthOf(y, m), day: null };
}

function buildParsers(lexicon: Lexicon): DateParser[] {
  const L = lexicon.dates;
  const months = Object.keys(lexicon.months);
  const weekdays = Object.keys(lexicon.weekdays);
  const month = phraseAlternation(months);
  const weekday = phraseAlternation(weekdays);
  const count = `(\\d{1,3}|${phraseAlternation(Object.keys(lexicon.numberWords))})`;
  const unit = `(${phraseAlternation(Object.keys(L.dayUnits))})`;
  const parts = [...L.earlyMonth, ...L.midMonth, ...L.lateMonth];
  const part = phraseAlternation(parts);
  // Only a plausible year: "le 11 novembre, 7500 soldats" is a day and a count, not 7500-11-11.
  const year = "((?:1[89]|20)\\d{2})(?!\\d)";
  const unitDays = (m: RegExpExecArray, i: number) => (lookupNumber(m[i] ?? "", lexicon) ?? NaN) * (L.dayUnits[(m[i + 1] ?? "").toLowerCase()] ?? NaN);
  const dayFirst = `(?:${weekday},?${SP})?(?:le${SP})?(\\d{1,2})(?:er|st|nd|rd|th)?${SP}(?:of${SP})?(${month})(?:,?${SP}${year})?`;
  // "Tuesday, March 5": the date, not the weekday alone, says the day.
  const monthFirst = `(?:${weekday},?${SP})?(${month})${SP}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:,?${SP}${year})?`;
  const parsers: DateParser[] = [
    { regex: new RegExp(dayFirst, "giu"), needs: "month", digits: true, phrases: months, resolve: (m, ctx) => dayMonth(lexicon, m[1], m[2], m[3], ctx) },
    { regex: new RegExp(monthFirst, "giu"), needs: "month", digits: true, phrases: months, resolve: (m, ctx) => dayMonth(lexicon, m[2], m[1], m[3], ctx) },
    { regex: new RegExp(`${part}[\\s\\u00A0-]+(${month})(?:${SP}${year})?`, "giu"), needs: "month", phrases: parts, resolve: (m, ctx) => monthYear(lexicon, m[1], m[2], ctx) },
    { regex: new RegExp(`(${month})${SP}${year}`, "giu"), needs: "month", digits: true, phrases: months, resolve: (m, ctx) => monthYear(lexicon, m[1], m[2], ctx) },
    { regex: new RegExp(`(?<![\\p{L}])(?:en|in)${SP}(${month})(?:${SP}${year})?`, "giu"), needs: "month", phrases: months, resolve: (m, ctx) => monthYear(lexicon, m[1], m[2], ctx) },
    { regex: new RegExp(`(?<![\\p{L}])(?:en|in)${SP}${year}`, "giu"), needs: "year", digits: true, resolve: (m) => ({ resolved: yearOf(Number(m[1])), day: null }) },
    ...pastWeekdayParsers(lexicon, weekday),
    { regex: new RegExp(`(${weekday})`, "giu"), needs: "weekday", phrases: weekdays, resolve: (m, ctx) => (ctx.published ? asDay(weekdayOnOrBefore(ctx.published, lexicon.weekdays[(m[1] ?? "").toLowerCase()] ?? 0)) : none) },
    { regex: new RegExp(phraseAlternation(L.today), "giu"), needs: "relative", phrases: L.today, resolve: (_m, ctx) => asDay(ctx.published) },
    { regex: new RegExp(phraseAlternation(L.yesterday), "giu"), needs: "relative", phrases: L.yesterday, resolve: (_m, ctx) => asDay(ctx.published && addDays(ctx.published, -1)) },
    { regex: new RegExp(phraseAlternation(L.weekend), "giu"), needs: "relative", phrases: L.weekend, resolve: (_m, ctx) => asDay(ctx.published && weekdayOnOrBefore(ctx.published, 6)) },
    // Two days back first: said on a Saturday or a Sunday, "last weekend" is the one before.
    { regex: new RegExp(phraseAlternation(L.lastWeekend), "giu"), needs: "relative", phrases: L.lastWeekend, resolve: (_m, ctx) => asDay(ctx.published && weekdayOnOrBefore(addDays(ctx.published, -2), 6)) },
    // "au lendemain du 1er mai" names its day: only a day after an event named in words is read here.
    { regex: new RegExp(`${phraseAlternation(L.dayAfter)}(?![\\s\\u00A0]*(?:\\d|premier|first))`, "giu"), needs: "relative", phrases: L.dayAfter, resolve: (_m, ctx) => asDay(ctx.published && addDays(ctx.published, -1)) },
    { regex: new RegExp(phraseAlternation(L.lastWeek), "giu"), needs: "relative", phrases: L.lastWeek, resolve: (_m, ctx) => monthsBack(ctx, 0, -7) },
    { regex: new RegExp(phraseAlternation(L.lastMonth), "giu"), needs: "relative", phrases: L.lastMonth, resolve: (_m, ctx) => monthsBack(ctx, 1, 0) },
  ];
  if (L.numericDayBefore.length) {
    const numeric = `(?<![\\p{L}])${phraseAlternation(L.numericDayBefore)}${SP}(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])`;
    parsers.push({ regex: new RegExp(numeric, "giu"), needs: "numeric", digits: true, phrases: L.numericDayBefore, resolve: (m, ctx) => numericDay(m[1], m[2], m[3], ctx) });
  }
  if (L.daysAgo.before.length) parsers.push({ regex: new RegExp(`${phraseAlternation(L.daysAgo.before)}${SP}${count}${SP}${unit}`, "giu"), needs: "unit", phrases: L.daysAgo.before, resolve: (m, ctx) => asDay(ctx.published && shift(ctx.published, -unitDays(m, 1))) });
  if (L.daysAgo.after.length) parsers.push({ regex: new RegExp(`(?<![\\p{L}])${count}${SP}${unit}${SP}${phraseAlternation(L.daysAgo.after)}`, "giu"), needs: "unit", phrases: L.daysAgo.after, resolve: (m, ctx) => asDay(ctx.published && shift(ctx.published, -unitDays(m, 1))) });
  parsers.push({ regex: new RegExp(`(?<![\\p{L}])${count}${SP}${unit}${SP}${phraseAlternation(L.daysLater)}`, "giu"), needs: "unit", phrases: L.daysLater, resolve: (m, ctx) => asDay(ctx.anchor && shift(ctx.anchor, unitDays(m, 1))) });
  parsers.push({ regex: new RegExp(`(?<![\\p{L}])${count}${SP}${unit}${SP}${phraseAlternation(L.daysEarlier)}`, "giu"), needs: "unit", phrases: L.daysEarlier, resolve: (m, ctx) => asDay(ctx.anchor && shift(ctx.anchor, -unitDays(m, 1))) });
  return parsers;
}

/** "last Thursday", "jeudi dernier": the weekday of the week before, never the publication day itself. */
function pastWeekdayParsers(lexicon: Lexicon, weekday: string): DateParser[] {
  const { before, after } = lexicon.dates.pastWeekday;
  const resolve: Resolver = (m, ctx) => {
    const day = lexicon.weekdays[(m[1] ?? "").toLowerCase()];
    return ctx.published && day !== undefined ? asDay(weekdayOnOrBefore(addDays(ctx.published, -1), day)) : none;
  };
  const parsers: DateParser[] = [];
  if (before.length) parsers.push({ regex: new RegExp(`(?<![\\p{L}])${phraseAlternation(before)}${SP}(${weekday})`, "giu"), needs: "weekday", phrases: before, resolve });
  if (after.length) parsers.push({ regex: new RegExp(`(${weekday})${SP}${phraseAlternation(after)}(?![\\p{L}])`, "giu"), needs: "weekday", phrases: after, resolve });
  return parsers;
}

/** "le 27/09", "du 12/10/2010": day first, as French writes it. */
function numericDay(day: string | undefined, month: string | undefined, year: string | undefined, ctx: DateContext) {
  const d = Number(day);
  const m = Number(month);
  if (!(d >= 1 && d <= 31 && m >= 1 && m <= 12)) return none;
  const y = year ? Number(year.length === 2 ? `20${year}` : year) : ctx.published ? yearOnOrBefore(ctx.published, m, d) : null;
  return y === null ? none : asDay(makeDay(y, m, d));
}

function shift(d: Date, days: number): Date | null {
  return Number.isFinite(days) ? addDays(d, days) : null;
}

function monthsBack(ctx: DateContext, months: number, days: number) {
  if (!ctx.published) return none;
  const d = addDays(ctx.published, days);
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  return { resolved: monthOf(m.getUTCFullYear(), m.getUTCMonth() + 1), day: null };
}

const DIGIT = /\d/;

const TRIGGER_ORDER: Trigger[] = ["month", "weekday", "relative", "unit", "year", "numeric"];
/** The triggers with a digit, as `DIGIT_TRIGGERS` orders them. */
const DIGIT_TRIGGER_ORDER: Trigger[] = ["year", "numeric"];
const DIGIT_TRIGGERS = "((?:en|in)[\\s\\u00A0]+\\d{4})|(\\d{1,2}/\\d{1,2})";

/** The words of the word triggers: months, weekdays, relative days, units of days. */
function triggerWords(lexicon: Lexicon): string[][] {
  const L = lexicon.dates;
  return [
    Object.keys(lexicon.months),
    Object.keys(lexicon.weekdays),
    [...L.today, ...L.yesterday, ...L.weekend, ...L.lastWeekend, ...L.dayAfter, ...L.lastWeek, ...L.lastMonth],
    Object.keys(L.dayUnits),
  ];
}

/** One pass finds which kinds of date words a sentence holds. */
function triggerRegex(lexicon: Lexicon): RegExp {
  // The word groups share one word-start check; the year group has none.
  const words = triggerWords(lexicon)
    .map((g) => `(${phraseAlternatives(g)})`)
    .join("|");
  return new RegExp(`${WORD_START}(?:${words})|${DIGIT_TRIGGERS}`, "giu");
}

function triggersIn(sentence: string, regex: RegExp, order: readonly Trigger[]): Set<Trigger> {
  const present = new Set<Trigger>();
  regex.lastIndex = 0;
  for (let m = regex.exec(sentence); m; m = regex.exec(sentence)) {
    let k = 1;
    while (k < m.length && m[k] === undefined) k++;
    const trigger = order[k - 1];
    if (trigger) {
      present.add(trigger);
      if (present.size === order.length) break;
    }
  }
  return present;
}

interface DateRules {
  parsers: DateParser[];
  triggers: RegExp;
  /** The trigger scan when no word trigger can match: its digit groups alone find the same. */
  digitTriggers: RegExp;
  /** Never run: the sentence's words tell from it whether some word trigger may match (see `registerScanner`). */
  wordTriggers: RegExp;
  prospective: RegExp;
  clockTime: RegExp;
}

const rules = perLexicon((lexicon): DateRules => {
  const articles = phraseAlternation(lexicon.dates.articles);
  const parsers = buildParsers(lexicon);
  for (const parser of parsers) if (parser.phrases) registerScanner(parser.regex, parser.phrases);
  return {
    parsers,
    triggers: triggerRegex(lexicon),
    digitTriggers: new RegExp(DIGIT_TRIGGERS, "giu"),
    wordTriggers: phraseScanner(triggerWords(lexicon).flat()),
    prospective: new RegExp(`${phraseAlternation(lexicon.dates.prospective)}(?:[\\s\\u00A0'’]*${articles})*[\\s\\u00A0'’]*$`, "iu"),
    clockTime: new RegExp(`(?<![\\p{L}])${lexicon.dates.clockTime}`, "iu"),
  };
});

/** "À 17h00, 152 personnes avaient été interpellées": a time of day and no day, so the day of the report. */
export function hasClockTime(sentence: string, lexicon: Lexicon): boolean {
  return DIGIT.test(sentence) && rules(lexicon).clockTime.test(sentence);
}

/**
 * The kinds of date words the sentence holds. Given its words, a sentence
 * none of whose words opens as a word trigger does is scanned for the digit
 * triggers only, and one with no digit either is not scanned at all.
 */
function presentTriggers(sentence: string, r: DateRules, hasDigit: boolean, words?: PhraseFilter): Set<Trigger> {
  if (!words || words.mayMatch(r.wordTriggers)) return triggersIn(sentence, r.triggers, TRIGGER_ORDER);
  return hasDigit ? triggersIn(sentence, r.digitTriggers, DIGIT_TRIGGER_ORDER) : new Set();
}

/** "By Monday evening, the toll had reached 290": "by" with a past perfect tells when a count stood, not a deadline. */
const BY = /(?:^|[\s\u00A0(])by[\s\u00A0]*$/iu;
const PAST_PERFECT = /\bhad\b/iu;
function pastBy(before: string, after: string): boolean {
  return BY.test(before) && PAST_PERFECT.test(after);
}

/** Date mentions in a sentence, left to right, overlaps resolved in favour of the earlier and longer. `words`, the sentence's, skips the scans that cannot match. */
export function findDates(sentence: string, lexicon: Lexicon, ctx: DateContext, words?: PhraseFilter): DateMention[] {
  const r = rules(lexicon);
  const { parsers, prospective } = r;
  const hasDigit = DIGIT.test(sentence);
  const present = presentTriggers(sentence, r, hasDigit, words);
  if (present.size === 0) return [];
  const found: (DateMention & { length: number })[] = [];
  for (const parser of parsers) {
    if (!present.has(parser.needs)) continue;
    if (parser.digits && !hasDigit) continue;
    if (words && !words.mayMatch(parser.regex)) continue;
    parser.regex.lastIndex = 0;
    for (let m = parser.regex.exec(sentence); m; m = parser.regex.exec(sentence)) {
      const { resolved, day } = parser.resolve(m, ctx);
      const before = sentence.slice(Math.max(0, m.index - 30), m.index);
      const deadline = prospective.test(before) && !pastBy(before, sentence.slice(m.index + m[0].length, m.index + m[0].length + 60));
      found.push({ start: m.index, end: m.index + m[0].length, length: m[0].length, resolved, day, prospective: deadline });
    }
  }
  found.sort((a, b) => a.start - b.start || b.length - a.length);
  const kept: DateMention[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push({ start: f.start, end: f.end, resolved: f.resolved, day: f.day, prospective: f.prospective });
  }
  return kept;
}
