// Stage 7: the scope of a figure — where (place), which part (group), in what
// state — and a short English phrase saying what is counted (measure).
import type { Category, Scope } from "../claims/claim";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { namedPlace } from "./named-place";
import { type PhraseFilter, registerScanner } from "./sentence-words";
import { nextAtWordStart, normalizeWord, opensWithWord, phraseAlternation, phrasePattern, phraseScanner } from "./text";

interface ScopeRegexes {
  places: RegExp;
  placeAnaphors: RegExp;
  groups: RegExp;
  /** One group per state, in priority order: a single scan finds the first listed state present. */
  states: RegExp;
}

const regexes = perLexicon(
  (lexicon): ScopeRegexes => ({
    places: phraseScanner(Object.keys(lexicon.places)),
    placeAnaphors: new RegExp(phraseAlternation(lexicon.placeAnaphors), "iu"),
    groups: phraseScanner(Object.keys(lexicon.groups)),
    states: statesRegex(lexicon),
  }),
);

/** A state starts where no letter stands before; `firstState` checks that when the pattern does not. */
const LETTER = /\p{L}/u;

function statesRegex(lexicon: Lexicon): RegExp {
  const phrases = lexicon.states.map(([, phrase]) => phrase);
  const groups = phrases.map((phrase) => `(${phrasePattern(phrase)})`).join("|");
  const states = new RegExp(opensWithWord(phrases) ? `(?:${groups})` : `(?<![\\p{L}])(?:${groups})`, "giu");
  registerScanner(states, phrases);
  return states;
}

interface NormalizedTable {
  byKey: Map<string, string>;
  /** What each text found resolved to: the same few names come back in sentence after sentence, and normalizing one is most of a look-up. */
  byFound: Map<string, string | null>;
}

const normalizedTables = new WeakMap<Record<string, string>, NormalizedTable>();

function normalizeKey(s: string): string {
  return normalizeWord(s).replace(/[\s\u00A0\u202F]+/g, " ");
}

function lookup(table: Record<string, string>, found: string): string | null {
  let normalized = normalizedTables.get(table);
  if (!normalized) {
    normalized = { byKey: new Map(Object.entries(table).map(([k, v]) => [normalizeKey(k), v])), byFound: new Map() };
    normalizedTables.set(table, normalized);
  }
  let value = normalized.byFound.get(found);
  if (value === undefined) {
    value = normalized.byKey.get(normalizeKey(found)) ?? null;
    normalized.byFound.set(found, value);
  }
  return value;
}

/** The first mention after the figure, else the last one before it. */
function nearestMention(regex: RegExp, clause: string, figureAt: number, table: Record<string, string>, skip: Excluded[] = [], words?: PhraseFilter): string | null {
  let before: string | null = null;
  if (words && !words.mayMatch(regex)) return before;
  regex.lastIndex = 0;
  for (let m = nextAtWordStart(regex, clause); m; m = nextAtWordStart(regex, clause)) {
    const at = m.index;
    if (skip.some((s) => at < s.end && s.start < at + m[0].length)) continue;
    if (m.index >= figureAt) return lookup(table, m[0]) ?? before;
    before = lookup(table, m[0]) ?? before;
  }
  return before;
}

function firstState(regex: RegExp, clause: string, lexicon: Lexicon, words?: PhraseFilter): string | null {
  if (words && !words.mayMatch(regex)) return null;
  let best = Infinity;
  regex.lastIndex = 0;
  for (let m = nextAtWordStart(regex, clause, LETTER); m; m = nextAtWordStart(regex, clause, LETTER)) {
    let k = 1;
    while (k < m.length && m[k] === undefined) k++;
    const i = k < m.length ? k - 1 : -1;
    if (i >= 0 && i < best) best = i;
    if (best === 0) break;
  }
  return lexicon.states[best]?.[0] ?? null;
}

interface Excluded {
  start: number;
  end: number;
}

/**
 * "3 000 se trouvent déjà en Russie et 7 000 devraient être envoyés dans le
 * pays": a clause that names its place only as "the country" takes the last
 * place said before it in the sentence.
 */
export function placeFromAnaphor(clause: string, before: string, lexicon: Lexicon): string | null {
  const r = regexes(lexicon);
  if (!r.placeAnaphors.test(clause)) return null;
  return nearestMention(r.places, before, before.length, lexicon.places);
}

/** `excluded` are spans (agency names) whose place words are not places: "South Korea's NIS". */
/** `words`, for the stretch of its sentence the clause is, skips the scans that cannot find anything. */
export function findScope(clause: string, figureAt: number, lexicon: Lexicon, excluded: Excluded[] = [], words?: PhraseFilter): Scope {
  const r = regexes(lexicon);
  const state = firstState(r.states, clause, lexicon, words);
  return {
    place: nearestMention(r.places, clause, figureAt, lexicon.places, excluded, words) ?? namedPlace(clause, figureAt, lexicon, excluded),
    group: nearestMention(r.groups, clause, figureAt, lexicon.groups, [], words),
    state,
  };
}

const CATEGORY_PHRASE: Partial<Record<Category, string>> = {
  casualties: "killed or wounded",
  deserters: "who deserted",
  captured: "captured",
};

/** "first contingent of North Korean soldiers in Kursk region, to be deployed". */
export function describeMeasure(unit: string, subject: string | null, category: Category, scope: Scope): string {
  const parts = [scope.group ? `${scope.group} of` : null, subject, unit, CATEGORY_PHRASE[category] ?? null];
  let measure = parts.filter(Boolean).join(" ");
  if (scope.place) measure += ` in ${scope.place}`;
  if (scope.state && !CATEGORY_PHRASE[category]) measure += `, ${scope.state}`;
  return measure;
}
