// Day arithmetic on ISO dates, in UTC so no time zone moves a day.
import type { DatePrecision } from "../claims/claim";

export interface ResolvedDate {
  iso: string;
  precision: DatePrecision;
}

export function parseIsoDay(iso: string | null): Date | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

const pad = (n: number) => String(n).padStart(2, "0");

export function dayOf(d: Date): ResolvedDate {
  return { iso: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, precision: "day" };
}

export function monthOf(year: number, month: number): ResolvedDate {
  return { iso: `${year}-${pad(month)}`, precision: "month" };
}

export function yearOf(year: number): ResolvedDate {
  return { iso: String(year), precision: "year" };
}

/** A real calendar day, or null ("31 février"). */
export function makeDay(year: number, month: number, day: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

/** The year that puts day/month on or before the reference date. */
export function yearOnOrBefore(reference: Date, month: number, day: number): number {
  const year = reference.getUTCFullYear();
  const candidate = makeDay(year, month, day);
  return candidate && candidate.getTime() > reference.getTime() ? year - 1 : year;
}

/** The latest given weekday (0 = Sunday) on or before the reference date. */
export function weekdayOnOrBefore(reference: Date, weekday: number): Date {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  return addDays(reference, -back);
}
