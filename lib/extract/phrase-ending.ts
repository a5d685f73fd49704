// Tests for a text that ends with one of some phrases: the few characters
// before a figure are tested against many end-anchored phrase lists.
import { phraseAlternation, SPACE_CHAR } from "./text";

const ONE_SPACE = new RegExp(SPACE_CHAR, "u");

/** What `SPACE_CHAR` matches, for the unit at `i`: ASCII without a regex. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return ONE_SPACE.test(text[i] as string);
}
/** What a case-insensitive phrase ending with a letter may end with in a text: a letter, or a mark that folds to one. */
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * A test for a text that ends with one of some phrases (spaces after them
 * allowed). A regex anchored at the end is tried from every position of the
 * text, so the text's last character, spaces aside, is looked at first: the
 * few characters before a figure mostly end with a comma, a bracket or a
 * digit, which end no phrase. Where a phrase may end with anything else (a
 * hyphen matches spaces too) the regex always runs.
 */
export class PhraseEnding {
  /** Characters other than letters that end some phrase, as UTF-16 codes. */
  private readonly ends = new Set<number>();
  private endsWithLetter = false;
  private endsWithAnything = false;

  constructor(
    phrases: readonly string[],
    /** Every match of it ends with one of `phrases`, matched as `phrasePattern` builds them, then spaces. */
    readonly regex: RegExp,
  ) {
    for (const phrase of phrases) this.noteEnd(phrase);
  }

  private noteEnd(phrase: string): void {
    const stem = phrase.endsWith("*");
    const last = (stem ? phrase.slice(0, -1) : phrase).at(-1) ?? "";
    if (stem || LETTER_OR_MARK.test(last)) this.endsWithLetter = true;
    if (LETTER_OR_MARK.test(last)) return;
    if (/['’]/.test(last)) for (const apostrophe of "'’ʼ") this.ends.add(apostrophe.charCodeAt(0));
    else if (last.length !== 1 || last === "-" || ONE_SPACE.test(last)) this.endsWithAnything = true;
    else this.ends.add(last.charCodeAt(0));
  }

  /** False when the text cannot end with one of the phrases. */
  mayEnd(text: string): boolean {
    if (this.endsWithAnything) return true;
    let i = text.length - 1;
    while (i >= 0 && isSpaceAt(text, i)) i--;
    if (i < 0) return false;
    const code = text.charCodeAt(i);
    // Astral characters are not read one unit at a time: the regex decides.
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (this.ends.has(code)) return true;
    if (!this.endsWithLetter) return false;
    if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    return LETTER_OR_MARK.test(text[i] as string);
  }

  test(text: string): boolean {
    return this.mayEnd(text) && this.regex.test(text);
  }
}

/** Tests whether a text ends with one of the phrases (followed only by spaces). */
export function endsWithPhrase(phrases: readonly string[]): PhraseEnding {
  return new PhraseEnding(phrases, phrases.length ? new RegExp(`${phraseAlternation(phrases)}${SPACE_CHAR}*$`, "iu") : /(?!)/u);
}
