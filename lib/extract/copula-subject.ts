// "Les manifestants n'étaient que 14 000", "the protesters were only 8,000":
// a bare figure after a copula counts the subject right before it, when that
// subject is a counted noun. The figure has no noun of its own after it, and
// reading the verb's subject is the only way to know what it counts.
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { normalizeWord, phraseAlternation } from "./text";
import type { Head } from "./units";
import { headNouns } from "./lexicon/word-maps";

/** How far back the subject and its copula may start: "les manifestants n'étaient plus que". */
const REACH = 60;

const copulaEnd = perLexicon((lexicon): RegExp | null =>
  lexicon.copulas.length
    ? new RegExp(
        `(?:^|[^\\p{L}'’-])(\\p{L}[\\p{L}-]*)[\\s\\u00A0]+${phraseAlternation(lexicon.copulas)}(?:[\\s\\u00A0]+${phraseAlternation(lexicon.restrictives)})?[\\s\\u00A0\\u202F]*$`,
        "iu",
      )
    : null,
);

/** The last words of the copulas and restrictives: a figure after any other word is spared the full regex. */
const lastWords = perLexicon((lexicon): Set<string> => new Set([...lexicon.copulas, ...lexicon.restrictives].map((p) => normalizeWord(p.split(/[\s'’]+/u).at(-1) as string))));
const LAST_WORD = /(\p{L}+)[\s\u00A0\u202F]*$/u;

/** A restrictive after a verb and before the figure ("n'en a compté que"): the same regex, the restrictive optional. */
export function restrictiveTail(lexicon: Lexicon): string {
  return lexicon.restrictives.length ? `(?:[\\s\\u00A0]+${phraseAlternation(lexicon.restrictives)})?` : "";
}

/** "Two protesters were 18 and 19": a subject counted already is described by the figure after it, not counted again. */
const JUST_AFTER_FIGURE = /^[\s\u00A0\u202F]*(?:\p{L}+[\s\u00A0\u202F]+)?$/u;

/** The counted noun that is the copula's subject right before the figure at `start`, or null. `previousEnd`: where the figure before ends. */
export function subjectBeforeCopula(text: string, start: number, lexicon: Lexicon, previousEnd = -1): Head | null {
  const last = LAST_WORD.exec(text.slice(Math.max(0, start - 16), start));
  if (!last || !lastWords(lexicon).has(normalizeWord(last[1] as string))) return null;
  const regex = copulaEnd(lexicon);
  const from = Math.max(0, start - REACH);
  const m = regex?.exec(text.slice(from, start));
  if (!m) return null;
  const subjectStart = from + m.index + m[0].indexOf(m[1] as string);
  if (previousEnd >= 0 && previousEnd <= subjectStart && JUST_AFTER_FIGURE.test(text.slice(previousEnd, subjectStart))) return null;
  const head = headNouns(lexicon).get(normalizeWord(m[1] as string));
  return head ? { ...head, subject: null } : null;
}
