import type { Lexicon } from "./types";

/** Builds something from a lexicon once (regexes, sets), then hands back the same object for that lexicon. */
export function perLexicon<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  // An article is read with one lexicon: the last one asked for is answered without the map look-up.
  let lastLexicon: Lexicon | null = null;
  let lastBuilt: T | undefined;
  return (lexicon) => {
    if (lexicon === lastLexicon) return lastBuilt as T;
    let built = cache.get(lexicon);
    if (built === undefined) {
      built = build(lexicon);
      cache.set(lexicon, built);
    }
    lastLexicon = lexicon;
    lastBuilt = built;
    return built;
  };
}
