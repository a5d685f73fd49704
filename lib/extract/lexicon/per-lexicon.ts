import type { Lexicon } from "./types";

/** Builds something from a lexicon once (regexes, sets), then hands back the same object for that lexicon. */
export function perLexicon<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lexicon) => {
    let built = cache.get(lexicon);
    if (built === undefined) {
      built = build(lexicon);
      cache.set(lexicon, built);
    }
    return built;
  };
}
