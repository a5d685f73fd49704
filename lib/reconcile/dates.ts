// ISO dates of day, month or year precision as day ranges, so "2024-11" and
// "2024-11-30" are seen to overlap rather than compared as strings.
import { SAME_TIME_WINDOW_DAYS } from "./conventions";

export type DayRange = readonly [first: number, last: number];

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The days an ISO date covers; null when the text is not an ISO date. */
export function dayRange(iso: string | null): DayRange | null {
  if (iso === null) return null;
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return [dayNumber(year, month, 1), dayNumber(year, month + 1, 1) - 1];
  const day = Number(match[3]);
  return [dayNumber(year, month, day), dayNumber(year, month, day)];
}

/**
 * Whether two figures may describe the same moment. An unknown date cannot
 * show that they do not, so it counts as the same time.
 */
export function sameTime(a: DayRange | null, b: DayRange | null, windowDays = SAME_TIME_WINDOW_DAYS): boolean {
  if (a === null || b === null) return true;
  return a[0] - windowDays <= b[1] && b[0] - windowDays <= a[1];
}

/** Strictly later: b starts after a starts. */
export function isLater(a: DayRange | null, b: DayRange | null): boolean {
  return a !== null && b !== null && b[0] > a[0];
}
