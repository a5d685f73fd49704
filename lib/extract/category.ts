// Stage 6: what kind of figure it is — casualties, deserters, captured,
// materiel, deployed or other — from the noun and the words around it.
import type { Category } from "../claims/claim";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { phraseAlternation } from "./text";
import type { Head } from "./units";

/** When several cues meet, the rarer, more specific event wins. */
const CUE_ORDER: Category[] = ["casualties", "deserters", "captured", "deployed"];

const cueRegexes = perLexicon((lexicon): [Category, RegExp][] =>
  CUE_ORDER.flatMap((category) => {
    const cues = lexicon.categoryCues[category];
    return cues?.length ? [[category, new RegExp(phraseAlternation(cues), "iu")] as [Category, RegExp]] : [];
  }),
);

function cueIn(text: string, lexicon: Lexicon): Category | null {
  for (const [category, regex] of cueRegexes(lexicon)) if (regex.test(text)) return category;
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
 * count of a force somewhere.
 */
export function categorize(head: Head, clause: string, sentence: string | null, lexicon: Lexicon): CategoryReading {
  if (head.category) return { category: head.category, fromCue: true };
  if (head.kind === "materiel") return { category: "materiel", fromCue: true };
  const cue = cueIn(clause, lexicon) ?? (sentence === null ? null : cueIn(sentence, lexicon));
  if (cue) return { category: cue, fromCue: true };
  return { category: head.kind === "personnel" ? "deployed" : "other", fromCue: false };
}
