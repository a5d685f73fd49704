// English calendar words.
import type { DateLexicon } from "./types";

export const EN_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, "jan.": 1, feb: 2, "feb.": 2, "mar.": 3, apr: 4, "apr.": 4, "jun.": 6, "jul.": 7, aug: 8, "aug.": 8,
  sept: 9, "sept.": 9, sep: 9, "sep.": 9, oct: 10, "oct.": 10, nov: 11, "nov.": 11, dec: 12, "dec.": 12,
};

export const EN_WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const EN_DATES: DateLexicon = {
  today: ["today", "overnight", "last night", "this morning", "tonight"],
  yesterday: ["yesterday"],
  weekend: ["this weekend", "over the weekend", "at the weekend", "on the weekend"],
  lastWeekend: ["last weekend", "the previous weekend", "the weekend before"],
  dayAfter: ["a day after the", "the day after the", "one day after the"],
  // "on 9/10" is the 10th of September in the US and the 9th of October elsewhere: not read.
  numericDayBefore: [],
  lastWeek: ["last week", "the past week", "the previous week"],
  pastWeekday: { before: ["last", "this past", "past"], after: [] },
  lastMonth: ["last month", "the previous month"],
  earlyMonth: ["early", "the beginning of", "the start of", "early in"],
  midMonth: ["mid", "the middle of"],
  lateMonth: ["late", "the end of", "end of", "late in"],
  daysAgo: { before: [], after: ["ago"] },
  daysLater: ["later", "afterwards", "after that"],
  daysEarlier: ["earlier", "before that", "before"],
  dayUnits: { day: 1, days: 1, week: 7, weeks: 7 },
  // "3,000 of them": a part of a figure given before takes that statement's date.
  then: ["at the time", "at that time", "back then", "of them", "of these", "of those"],
  clockTime: "(?:at|by|as of|around|shortly before|shortly after)[\\s\\u00A0]+\\d{1,2}(?::\\d{2})?[\\s\\u00A0]?(?:a\\.?m\\.?|p\\.?m\\.?|GMT|UTC)(?![\\p{L}])",
  prospective: ["by", "from", "starting", "until", "till", "since", "before", "after", "beginning", "through", "between"],
  articles: ["the", "end", "of", "early", "late", "mid", "in", "on"],
};
