// Dates as articles write them, relative to the publication day: "lundi",
// "hier", "la semaine dernière", "fin novembre", "on Monday", "in late November".
import type { Rng } from "./prng";
import { partsOf } from "./timeline";
import type { Lang } from "./types";

const FR_DAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
export const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface When {
  /** Phrase to put in the sentence; empty when the article leaves the date implicit. */
  text: string;
  /** Day number the figure is as of. */
  day: number;
}

function frDate(day: number, withYear: boolean): string {
  const p = partsOf(day);
  return `${p.day === 1 ? "1er" : p.day} ${FR_MONTHS[p.month - 1]}${withYear ? ` ${p.year}` : ""}`;
}

function enDate(day: number, withYear: boolean): string {
  const p = partsOf(day);
  return `${EN_MONTHS[p.month - 1]} ${p.day}${withYear ? `, ${p.year}` : ""}`;
}

/** Something said in the last two weeks. */
export function recentWhen(published: number, lang: Lang, rng: Rng): When {
  const offset = rng.weighted([0, 1, 2, 3, 4, 5, 6, 8, 10, 12], (o) => (o === 0 ? 5 : o <= 6 ? 2 : 1));
  const day = Math.max(0, published - offset);
  const p = partsOf(day);
  const fr = lang === "fr";
  if (offset === 0) return { text: rng.chance(0.7) ? "" : fr ? rng.pick(["ce jour", "aujourd'hui"]) : "today", day };
  if (offset === 1) return { text: fr ? "hier" : "yesterday", day };
  if (offset <= 6) {
    if (p.weekday === 0 || p.weekday === 6) {
      if (rng.chance(0.5)) return { text: fr ? "ce week-end" : "over the weekend", day };
    }
    const name = fr ? FR_DAYS[p.weekday] : `on ${EN_DAYS[p.weekday]}`;
    if (rng.chance(0.4)) return { text: fr ? `${name} ${frDate(day, false)}` : `${name}, ${enDate(day, false)}`, day };
    return { text: name as string, day };
  }
  if (rng.chance(0.5)) return { text: fr ? "la semaine dernière" : "last week", day };
  return { text: fr ? `le ${frDate(day, rng.chance(0.2))}` : `on ${enDate(day, rng.chance(0.2))}`, day };
}

/** Something said one to three months before publication: "fin novembre", "in mid-January". */
export function olderWhen(published: number, lang: Lang, rng: Rng): When {
  const day = Math.max(0, published - rng.int(20, 100));
  const p = partsOf(day);
  const pub = partsOf(published);
  const withYear = p.year !== pub.year && rng.chance(0.6);
  if (lang === "fr") {
    const part = p.day <= 10 ? "début" : p.day <= 20 ? "mi-" : "fin";
    const month = `${FR_MONTHS[p.month - 1]}${withYear ? ` ${p.year}` : ""}`;
    if (rng.chance(0.2)) return { text: `en ${month}`, day };
    return { text: part === "mi-" ? `mi-${month}` : `${part} ${month}`, day };
  }
  const part = p.day <= 10 ? "early" : p.day <= 20 ? "mid-" : "late";
  const month = `${EN_MONTHS[p.month - 1]}${withYear ? ` ${p.year}` : ""}`;
  if (rng.chance(0.2)) return { text: `in ${month}`, day };
  return { text: part === "mid-" ? `in mid-${month}` : `in ${part} ${month}`, day };
}

export function frLongDate(day: number): string {
  const p = partsOf(day);
  return `${FR_DAYS[p.weekday]} ${frDate(day, true)}`;
}

export function enLongDate(day: number): string {
  const p = partsOf(day);
  return `${EN_DAYS[p.weekday]}, ${enDate(day, true)}`;
}
