// The published date of an article whose metadata gives none, read from the
// text itself: a "published on" line, a dateline ("SEOUL, Oct. 23, 2024
// (Reuters) -"), or failing those an "updated" line. Only the top of the text
// is read, where these stand; a date deep in the story is what it reports on,
// not when it was written.
import { FR_MONTHS } from "../extract/lexicon/fr-dates";

export interface InferredDate {
  published: string; // ISO day
  note: string;
}

const EN_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTHS: Record<string, number> = { ...EN_MONTHS, ...Object.fromEntries(Object.entries(FR_MONTHS).map(([k, v]) => [k.replace(/\.$/, ""), v])) };

const HEAD_CHARS = 1500;
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|")})\\.?`;
const DAY = "(\\d{1,2})(?:er|st|nd|rd|th)?";
const YEAR = "((?:18|19|20)\\d{2})";
const WEEKDAY = "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?";

/** A date in any of the forms a news page writes one: "23 octobre 2024", "Oct. 23, 2024", "23/10/2024", "2024-10-23". */
const DATE_FORMS = [
  { pattern: `${WEEKDAY}${DAY}\\s+${MONTH}\\s+${YEAR}`, order: ["day", "month", "year"] },
  { pattern: `${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, order: ["month", "day", "year"] },
  { pattern: `(\\d{1,2})/(\\d{1,2})/${YEAR}`, order: ["day", "month", "year"] },
  { pattern: `${YEAR}-(\\d{2})-(\\d{2})`, order: ["year", "month", "day"] },
] as const;

const CUES = [
  { kind: "published", cue: "(?:publié|publiée|paru|published|posted|first published)(?:\\s+(?:le|on))?\\s*:?\\s*", caseless: true },
  // A place in capitals at the start of a line, as wires write it: "SEOUL, Oct. 23, 2024 (Reuters) -".
  { kind: "dateline", cue: "^[ \\t]*[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,40},\\s+", caseless: false },
  { kind: "updated", cue: "(?:mis à jour|mise à jour|actualisé|updated|last updated)(?:\\s+(?:le|on))?\\s*:?\\s*", caseless: true },
] as const;

function isoDay(year: number, month: number, day: number): string | null {
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

function toIso(groups: string[], order: readonly string[]): string | null {
  const parts: Record<string, number> = {};
  order.forEach((name, i) => {
    const raw = groups[i]!.toLowerCase();
    parts[name] = name === "month" && !/^\d+$/.test(raw) ? (MONTHS[raw.replace(/\.$/, "")] ?? 0) : Number(raw);
  });
  return isoDay(parts.year!, parts.month!, parts.day!);
}

function findAfterCue(head: string, cue: string, caseless: boolean): { iso: string; quote: string } | null {
  for (const form of DATE_FORMS) {
    for (const match of head.matchAll(new RegExp(`${cue}(?:${form.pattern})`, "gimu"))) {
      // Month names are matched in any case; a dateline's place must be in capitals.
      const place = match[0].split(",")[0]!;
      if (!caseless && place !== place.toUpperCase()) continue;
      const iso = toIso(match.slice(1).filter((g) => g !== undefined), form.order);
      if (iso) return { iso, quote: match[0].trim().replace(/\s+/g, " ") };
    }
  }
  return null;
}

const NOTES = {
  published: (quote: string) => `from "${quote}" in the text`,
  dateline: (quote: string) => `from the dateline "${quote}"`,
  updated: (quote: string) => `from "${quote}" in the text (the last update; no publication date given)`,
};

/** The article's publication date as its own text gives it, with a note that says from what; null when the top of the text has none. */
export function inferPublishedDate(text: string): InferredDate | null {
  const head = text.slice(0, HEAD_CHARS);
  for (const { kind, cue, caseless } of CUES) {
    const found = findAfterCue(head, cue, caseless);
    if (found) return { published: found.iso, note: NOTES[kind](found.quote) };
  }
  return null;
}
