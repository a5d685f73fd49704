// Stage 6: what kind of figure it is — killed, injured, casualties,
// participants, detained, displaced, damage, deserters, captured, materiel,
// deployed or other — from the noun and the words around it.
import type { Category } from "../claims/claim";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { openingAt, type PhraseFilter, phraseOpening, type SentenceWords } from "./sentence-words";
import { loweredAlike, lowercasesAlike } from "./lowered-scan";
import { allWordMatches, phraseAlternatives, phraseScanner } from "./text";
import type { Head } from "./units";

/** How much of the text after a cue's start its category test reads. */
const CUE_REACH = 40;

/** When several cues meet, the rarer, more specific event wins. */
const CUE_ORDER: Category[] = ["casualties", "killed", "injured", "detained", "displaced", "damage", "deserters", "captured", "participants", "deployed"];
/** Cues that fit only one kind of counted noun: a crowd is people, a deployment is a force. */
const ONLY_FOR: Partial<Record<Category, Head["kind"]>> = { participants: "people", deployed: "personnel", deserters: "personnel", displaced: "people" };
/** A death toll and a count of wounded named together are one count of casualties. */
const OTHER_HALF: Partial<Record<Category, Category>> = { killed: "injured", injured: "killed" };

interface CategoryCues {
  category: Category;
  anchored: RegExp;
  /** The same, lowercased and case-sensitive, for a lowered text (see `loweredAlike`); null when a cue does not lowercase alike. */
  loweredAnchored: RegExp | null;
}

interface CueMatchers {
  /** Every cue of every category: one scan finds the cues a clause holds. */
  any: RegExp;
  /** Each category's cues, anchored: which category a cue found belongs to. */
  byCategory: CategoryCues[];
  /** By what a cue opens with (see `phraseOpening`), the categories (bits in `byCategory` order) that have a cue opening so: the others need no test. */
  byOpening: Map<string, number>;
}

const cueMatchers = perLexicon((lexicon): CueMatchers => {
  const lists = CUE_ORDER.flatMap((category) => {
    const cues = lexicon.categoryCues[category];
    return cues?.length ? [[category, cues] as [Category, string[]]] : [];
  });
  const byOpening = new Map<string, number>();
  lists.forEach(([, cues], i) => {
    for (const cue of cues) byOpening.set(phraseOpening(cue), (byOpening.get(phraseOpening(cue)) ?? 0) | (1 << i));
  });
  return {
    any: phraseScanner(lists.flatMap(([, cues]) => cues)),
    byCategory: lists.map(([category, cues]) => ({
      category,
      anchored: new RegExp(`^(?:${phraseAlternatives(cues)})`, "iu"),
      loweredAnchored: cues.every(lowercasesAlike) ? new RegExp(`^(?:${phraseAlternatives(cues, false, true)})`, "u") : null,
    })),
    byOpening,
  };
});

/** The categories (bits) with a cue that may match at `at`: those whose cues open as the text does there. */
function categoriesOpeningAt(text: string, at: number, byOpening: Map<string, number>): number {
  const opening = openingAt(text, at);
  let bits = byOpening.get("") ?? 0;
  for (let length = 1; length <= opening.length; length++) bits |= byOpening.get(opening.slice(0, length)) ?? 0;
  return bits;
}

/** The categories whose cues the text holds, in CUE_ORDER. */
function cuesIn(text: string, lexicon: Lexicon, words?: PhraseFilter): Set<Category> {
  const found = new Set<Category>();
  const { any, byCategory, byOpening } = cueMatchers(lexicon);
  const matches = allWordMatches(any, text, words);
  if (!matches.length) return found;
  const lower = loweredAlike(text);
  for (const m of matches) {
    const candidates = categoriesOpeningAt(text, m.start, byOpening);
    for (let i = 0; i < byCategory.length; i++) {
      const cues = byCategory[i] as CategoryCues;
      if (candidates & (1 << i) && !found.has(cues.category) && cueAt(cues, text, lower, m.start)) found.add(cues.category);
    }
  }
  return found;
}

/** Whether one of the category's cues starts at `at`, read in the lowered text where there is one. */
function cueAt(cues: CategoryCues, text: string, lower: string | null, at: number): boolean {
  if (lower !== null && cues.loweredAnchored) return cues.loweredAnchored.test(lower.slice(at, at + CUE_REACH));
  return cues.anchored.test(text.slice(at, at + CUE_REACH));
}

/** Cues that open and close with a letter or digit (a trailing `*` only extends letters): spaces and punctuation around them change nothing. */
const cuesAreWords = perLexicon((lexicon): boolean =>
  Object.values(lexicon.categoryCues).every((cues) => cues.every((cue) => /^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?\*?$/u.test(cue))),
);

/** Nothing but spaces and punctuation: what is trimmed off a sentence to give the clause of its only figure. */
const BARE = /^[\s\u00A0\u202F.,;:!?…]*$/u;

/** The sentence holds words the clause does not, so it may hold a cue the clause lacks. */
function saysMore(sentence: string, clause: string, lexicon: Lexicon): boolean {
  const at = sentence.indexOf(clause);
  return at < 0 || !cuesAreWords(lexicon) || !BARE.test(sentence.slice(0, at)) || !BARE.test(sentence.slice(at + clause.length));
}

function cueIn(text: string, lexicon: Lexicon, kind: Head["kind"], words?: PhraseFilter): Category | null {
  const found = cuesIn(text, lexicon, words);
  for (const category of CUE_ORDER) {
    const only = ONLY_FOR[category];
    if (!found.has(category) || (only && only !== kind)) continue;
    const other = OTHER_HALF[category];
    return other && found.has(other) ? "casualties" : category;
  }
  return null;
}

export interface CategoryReading {
  category: Category;
  /** False when no word supported it and a default was used. */
  fromCue: boolean;
}

/**
 * The clause is read first, then — when the figure is alone in its sentence —
 * the whole sentence (another figure's verbs are not this one's). Personnel with no cue
 * are counted as deployed: a bare count of soldiers in war reporting is a
 * count of a force somewhere. `words`, the words of the sentence the clause
 * starts at `clauseStart` in, skips the scans that cannot find a cue.
 */
export function categorize(head: Head, clause: string, sentence: string | null, lexicon: Lexicon, words?: { sentence: SentenceWords; clauseStart: number }): CategoryReading {
  const inClause = words?.sentence.from(words.clauseStart);
  if (head.category) {
    const other = OTHER_HALF[head.category];
    // "3 000 morts et blessés": the dead and the wounded together.
    return { category: other && cuesIn(clause, lexicon, inClause).has(other) ? "casualties" : head.category, fromCue: true };
  }
  if (head.kind === "materiel") return { category: "materiel", fromCue: true };
  const cue =
    cueIn(clause, lexicon, head.kind, inClause) ?? (sentence !== null && saysMore(sentence, clause, lexicon) ? cueIn(sentence, lexicon, head.kind, words?.sentence) : null);
  if (cue) return { category: cue, fromCue: true };
  return { category: head.usually ?? (head.kind === "personnel" ? "deployed" : "other"), fromCue: false };
}
