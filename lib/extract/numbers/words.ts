// Numbers written in words: "dix mille", "deux mille six cents", "vingt-deux",
// "seventy-five", "two dozen". Small words add up; "cent"/"hundred" multiply
// what is pending; "mille"/"thousand"/"million" close a group.
import type { Lexicon } from "../lexicon";
import { perLexicon } from "../lexicon/per-lexicon";
import { normalizeWord, opensWithWord, phraseAlternatives } from "../text";
import { multiplierWordsOf, numberWordsOf } from "../lexicon/word-maps";

const SEPARATOR = "[\\s\\u00A0\\u202F-]+";

/** Every number word: a run of them opens with one. */
export function wordAlternatives(lexicon: Lexicon): string[] {
  return [...Object.keys(lexicon.numberWords), ...Object.keys(lexicon.multiplierWords), ...lexicon.halves].sort((a, b) => b.length - a.length);
}

/**
 * A run of number words joined by spaces, hyphens and "et"/"and". Without
 * `wordStart`, the run must be checked to start a word (`nextAtWordStart`).
 */
export function wordNumberPattern(lexicon: Lexicon, wordStart = true, lowercase = false): string {
  // One word-end check per run of words (see `phraseAlternatives`): the word alternation stands twice in the pattern, each copy's classes compiled anew.
  const word = `(?:${phraseAlternatives(wordAlternatives(lexicon), false, lowercase)})`;
  const joiners = lexicon.numberJoiners.map((j) => (lowercase ? j.toLowerCase() : j));
  const joiner = `(?:${SEPARATOR}(?:${joiners.join("|")})${SEPARATOR}|${SEPARATOR})`;
  return `${wordStart ? "(?<![\\p{L}\\p{N}])" : ""}${word}(?:${joiner}${word})*`;
}

/** Number words all open with a letter: a scan may check the word start itself. */
export function numberWordsOpenWithWord(lexicon: Lexicon): boolean {
  return opensWithWord(wordAlternatives(lexicon));
}

const tokenRegex = perLexicon(
  (lexicon): RegExp => new RegExp(phraseAlternatives(wordAlternatives(lexicon)), "giu"),
);

/**
 * The value of a run of number words, or null when it is not a count on its
 * own ("un", "a" and "neuf" alone are articles or adjectives far more often).
 */
export function parseNumberWords(raw: string, lexicon: Lexicon): number | null {
  const words = (raw.match(tokenRegex(lexicon)) ?? []).map((w) => normalizeWord(w).replace(/\s+/g, "-"));
  if (words.length === 0) return null;
  if (words.length === 1 && lexicon.weakNumberWords.includes(words[0] ?? "")) return null;
  if (lexicon.halves.includes(words[0] ?? "")) return null;
  let total = 0;
  let pending = 0;
  let lastMultiplier = 1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // "un million et demi", "a million and a half": half of the group just closed.
    if (lexicon.halves.includes(word)) {
      total += lastMultiplier / 2;
      continue;
    }
    if (lexicon.weakNumberWords.includes(word) && lexicon.halves.includes(words[i + 1] ?? "")) continue;
    const small = numberWordsOf(lexicon).get(word);
    const multiplier = multiplierWordsOf(lexicon).get(word);
    if (small !== undefined) {
      pending += small;
    } else if (multiplier !== undefined && multiplier < 1000) {
      pending = (pending || 1) * multiplier;
    } else if (multiplier !== undefined) {
      total += (pending || 1) * multiplier;
      pending = 0;
      lastMultiplier = multiplier;
    }
  }
  return total + pending;
}
