// The words and marks after a figure, as the counted-noun reading takes them:
// lowercased and folded for the look-ups, with the case written kept.
import { normalizeWord } from "./text";

export interface Token {
  word: string;
  /** As written, for the case of its first letter. */
  raw: string;
  punct: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.‐‑/-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\u00A0\u202F\p{L}\p{N}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The tokens of a text, read only as far as they are asked for: the noun
 * after a figure is found within a few tokens, seldom at the end of the window.
 */
export class Tokens {
  private readonly read: Token[] = [];
  private next = 0;

  constructor(private readonly text: string) {}

  at(i: number): Token | undefined {
    if (i < 0) return undefined;
    while (this.read.length <= i && this.next >= 0) {
      TOKEN.lastIndex = this.next;
      const m = TOKEN.exec(this.text);
      if (!m) {
        this.next = -1;
        break;
      }
      this.next = TOKEN.lastIndex;
      this.read.push({ word: normalizeWord(m[0]), raw: m[0], punct: !LETTER_OR_DIGIT.test(m[0]) });
    }
    return this.read[i];
  }
}
