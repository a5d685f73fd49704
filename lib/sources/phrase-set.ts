// A word list whose entries may span several words ("de la", "quant à
// elle"), matched against tokens forwards or backwards, longest entry first.
import type { Language } from "../claims/claim";
import { type Token, tokenize } from "./tokens";

export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly byLast = new Map<string, string[][]>();
  /** The entries of one word: `has` is asked of nearly every token a phrase reads. */
  private readonly oneWordEntries = new Set<string>();

  constructor(entries: readonly string[], language: Language) {
    for (const entry of entries) {
      const words = tokenize(entry, 0, entry.length, language).map((t) => t.lower);
      // An elision at the end of an entry ("l'", "qu'") is one word, as it is in a text before a letter.
      if (words.length > 1 && words[words.length - 1] === "'") words.splice(-2, 2, `${words[words.length - 2]}'`);
      if (!words.length) continue;
      push(this.byFirst, words[0] as string, words);
      push(this.byLast, words[words.length - 1] as string, words);
      if (words.length === 1) this.oneWordEntries.add(words[0] as string);
    }
    for (const lists of [this.byFirst, this.byLast]) for (const list of lists.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Whether some entry, of one word or more, opens with `word`. */
  opens(word: string): boolean {
    return this.byFirst.has(word);
  }

  has(word: string): boolean {
    return this.oneWordEntries.has(word);
  }

  /** How many tokens from `i` on an entry covers (0 when none). */
  matchAt(tokens: readonly Token[], i: number): number {
    for (const words of this.byFirst.get(tokens[i]?.lower ?? "") ?? []) {
      if (words.every((w, k) => tokens[i + k]?.lower === w)) return words.length;
    }
    return 0;
  }

  /** How many tokens ending at `j` (inclusive) an entry covers. */
  matchEndingAt(tokens: readonly Token[], j: number): number {
    for (const words of this.byLast.get(tokens[j]?.lower ?? "") ?? []) {
      const from = j - words.length + 1;
      if (from >= 0 && words.every((w, k) => tokens[from + k]?.lower === w)) return words.length;
    }
    return 0;
  }
}

function push(map: Map<string, string[][]>, key: string, words: string[]): void {
  const list = map.get(key) ?? [];
  list.push(words);
  map.set(key, list);
}
