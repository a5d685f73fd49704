// The lexicon's word tables as maps, for the look-ups made for each word of a
// sentence. A word cut from the text is a new string, which a Map finds about
// twice as fast as an object does: the object first looks the string up among
// the engine's interned strings. A Map also never answers with what an object
// inherits ("constructor").
import { perLexicon } from "./per-lexicon";
import type { HeadNoun } from "./types";

export const headNouns = perLexicon((lexicon): ReadonlyMap<string, HeadNoun> => new Map(Object.entries(lexicon.heads)));
export const demonymsOf = perLexicon((lexicon): ReadonlyMap<string, string> => new Map(Object.entries(lexicon.demonyms)));
export const nationalitiesOf = perLexicon((lexicon): ReadonlyMap<string, string> => new Map(Object.entries(lexicon.nationalities)));
export const subjectVerbsOf = perLexicon((lexicon): ReadonlyMap<string, HeadNoun> => new Map(Object.entries(lexicon.subjectVerbs)));
export const numberWordsOf = perLexicon((lexicon): ReadonlyMap<string, number> => new Map(Object.entries(lexicon.numberWords)));
export const multiplierWordsOf = perLexicon((lexicon): ReadonlyMap<string, number> => new Map(Object.entries(lexicon.multiplierWords)));
export const scaleWordsOf = perLexicon((lexicon): ReadonlyMap<string, number> => new Map(Object.entries(lexicon.scaleWords)));

/** First words of the entries written in two words ("north korean"): a pair of words is looked up only after one of them. */
function pairOpenings(table: Record<string, unknown>): ReadonlySet<string> {
  return new Set(Object.keys(table).flatMap((key) => (key.includes(" ") ? [key.slice(0, key.indexOf(" "))] : [])));
}

export const nationalityPairOpenings = perLexicon((lexicon) => pairOpenings(lexicon.nationalities));
export const demonymPairOpenings = perLexicon((lexicon) => pairOpenings(lexicon.demonyms));
