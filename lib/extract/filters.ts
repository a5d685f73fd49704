// Stage 3: drop numbers that do not count anything — years and dates, times,
// ages, distances and other measures, percentages, money, ordinals,
// reference numbers ("article 4", "page 3"), a named place's population and
// the sample of a survey.
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { Core } from "./numbers/scan";
import type { Quantity } from "./quantities";
import { endsWithPhrase, PhraseEnding } from "./phrase-ending";
import { phraseAlternation } from "./text";

interface FilterRegexes {
  ordinal: RegExp;
  measureAfter: RegExp;
  referenceBefore: PhraseEnding;
  monthAfter: RegExp;
  monthBefore: PhraseEnding;
}

const regexes = perLexicon((lexicon): FilterRegexes => {
  const months = Object.keys(lexicon.months);
  return {
    ordinal: new RegExp(`^(?:${lexicon.ordinalSuffixes.join("|")})(?![\\p{L}])`, "iu"),
    measureAfter: new RegExp(`^[\\s\\u00A0\\u202F]*${phraseAlternation(lexicon.measureUnits)}`, "iu"),
    referenceBefore: endsWithPhrase(lexicon.referenceWords),
    monthAfter: new RegExp(`^[\\s\\u00A0\\u202F]*(?:de[\\s\\u00A0]+|of[\\s\\u00A0]+)?${phraseAlternation(months)}`, "iu"),
    monthBefore: endsWithPhrase(months),
  };
});

/** Long enough for "chapitre", "septembre", "résolution" and a space. */
const BEFORE_WINDOW = 14;
const CURRENCY_BEFORE = new PhraseEnding(["$", "€", "£", "¥", "₩", "₽", "US$", "USD", "EUR"], /(?:[$€£¥₩₽]|US\$|USD|EUR)[\s\u00A0]*$/u);
const TIME_AFTER = /^(?::\d{2}|[\s\u00A0]*h[\s\u00A0]*\d{2}(?!\d))/u;
const TIME_BEFORE = new PhraseEnding(["h", ":"], /\d[\s\u00A0]*(?:h|:)[\s\u00A0]*$/u);
const SLASH_DATE = /^[/.-]\d{1,2}[/.-]\d{2,4}/u;
/** Model names: "KN-23", "Su-34", "S-400", and the second of "KN-23/24". */
const DESIGNATION_BEFORE = /(?:\p{L}[-‐‑]|\p{L}[-‐‑]?\d+\/)$/u;

/**
 * A named place's population is background, not a count about the event:
 * "Mayotte's 320,000 residents", « les 320 000 habitants de Mayotte ». A
 * place's name is asked for, so "the village's 300 residents" stays a count.
 */
const POPULATION: Record<Lexicon["language"], { before: RegExp; after: RegExp }> = {
  en: { before: /\p{Lu}[\p{L}-]*['’]s[\s\u00A0]+$/u, after: /^[\s\u00A0\u202F]*(?:residents|inhabitants)\b/u },
  fr: { before: /\bles[\s\u00A0]+$/iu, after: /^[\s\u00A0\u202F]*habitants[\s\u00A0]+(?:de[\s\u00A0]+|d['’])\p{Lu}/u },
};

function isPopulation(core: Core, sentence: string, lexicon: Lexicon): boolean {
  const p = POPULATION[lexicon.language];
  return p.before.test(sentence.slice(Math.max(0, core.start - 30), core.start)) && p.after.test(sentence.slice(core.end, core.end + 40));
}

/**
 * Who a survey asked is its sample, not a count about the event: "un sondage
 * réalisé auprès de 1 000 personnes", "a poll of 2,000 adults", "surveyed 1,500
 * households". What the survey counts after it stays a figure.
 */
const SURVEY_SAMPLE: Record<Lexicon["language"], RegExp> = {
  en: /(?:\b(?:survey|poll|questionnaire)[\s\u00A0]+of|\b(?:polled|surveyed|questioned))[\s\u00A0]+(?:(?:more[\s\u00A0]+than|nearly|almost|about|around|some|over)[\s\u00A0]+)?$/iu,
  fr: /(?<!\p{L})(?:sondage|enquête|questionnaire|baromètre)(?!\p{L})[^.;:!?]{0,50}?auprès[\s\u00A0]+(?:de|d['’])[\s\u00A0]*(?:(?:plus[\s\u00A0]+de|près[\s\u00A0]+de|quelque|environ)[\s\u00A0]+)?$/iu,
};

function isSurveySample(core: Core, sentence: string, lexicon: Lexicon): boolean {
  return SURVEY_SAMPLE[lexicon.language].test(sentence.slice(Math.max(0, core.start - 90), core.start));
}

/** "10 mai" is a date; "10,000 may be sent" is not. */
function isMonthAfter(after: string, r: FilterRegexes, lexicon: Lexicon): boolean {
  const m = r.monthAfter.exec(after);
  if (!m) return false;
  const word = m[0].trim().toLowerCase();
  if (!lexicon.ambiguousMonths.includes(word)) return true;
  return /^[\s\u00A0]*(?:\d|,|\.|$)/u.test(after.slice(m[0].length));
}

/** "Jan. 23", "23 janvier": the day of a date, which no range or chain starts or ends with. */
export function isDayOfMonth(core: Core, sentence: string, lexicon: Lexicon): boolean {
  const r = regexes(lexicon);
  return r.monthBefore.test(sentence.slice(Math.max(0, core.start - BEFORE_WINDOW), core.start)) || isMonthAfter(sentence.slice(core.end, core.end + 40), r, lexicon);
}

function isYearLike(core: Core): boolean {
  if (!core.plainDigits || core.plainDigits.length !== 4) return false;
  const year = Number(core.plainDigits);
  return year >= 1900 && year <= 2100;
}

function coreIsNotACount(core: Core, sentence: string, lexicon: Lexicon, nextWordIsHead: () => boolean): boolean {
  const after = sentence.slice(core.end, core.end + 40);
  const before = sentence.slice(Math.max(0, core.start - BEFORE_WINDOW), core.start);
  const r = regexes(lexicon);
  if (core.kind === "digits" && r.ordinal.test(after)) return true;
  if (r.measureAfter.test(after) || CURRENCY_BEFORE.test(before)) return true;
  if (TIME_AFTER.test(after) || TIME_BEFORE.test(before) || SLASH_DATE.test(after)) return true;
  if (core.kind === "digits" && DESIGNATION_BEFORE.test(before)) return true;
  if (r.referenceBefore.test(before)) return true;
  if (isPopulation(core, sentence, lexicon) || isSurveySample(core, sentence, lexicon)) return true;
  if (isMonthAfter(after, r, lexicon) || r.monthBefore.test(before)) return true;
  return isYearLike(core) && !nextWordIsHead();
}

function isWholeCount(n: number | null): boolean {
  return n === null || (Number.isInteger(n) && n > 0);
}

/**
 * True when the quantity cannot be a count. `nextWordIsHead` lets a
 * year-shaped number through when a counted noun follows it at once
 * ("2000 soldats"); it is asked only about year-shaped numbers. In a range,
 * the context around each end is checked.
 */
export function isNotACount(quantity: Quantity, sentence: string, lexicon: Lexicon, nextWordIsHead: () => boolean): boolean {
  if (quantity.kind === "vague" || quantity.kind === "collective") return false;
  if (!isWholeCount(quantity.value.low) || !isWholeCount(quantity.value.high)) return true;
  const last = quantity.cores.length - 1;
  return quantity.cores.some((core, i) => {
    const checked = i < last ? { ...core, end: quantity.end } : core;
    return coreIsNotACount(i === 0 ? checked : { ...checked, start: quantity.start }, sentence, lexicon, nextWordIsHead);
  });
}
