// Strings the later stages read fast: the regex engine matches a string held
// one byte per character faster than the same text held in two.
/** A character a one-byte string cannot hold. */
const BEYOND_LATIN1 = /[^\u0000-\u00FF]/;
/** Whether every character fits in one byte. A text read from a file or JSON is then held so already. */
export function holdsOnlyLatin1(text: string): boolean {
  return !BEYOND_LATIN1.test(text);
}

/** How many character codes go to one `String.fromCharCode` call: far below any engine's limit on arguments. */
const COPY_CHUNK = 4096;

/**
 * The same text, held one byte per character when it can be. A slice keeps
 * the representation of the text it is cut from: one narrow no-break space
 * (U+202F) or curly apostrophe makes the whole article two bytes a character,
 * and every sentence cut from it too, and V8 runs the case-insensitive Unicode
 * phrase regexes markedly slower on those. The contents never change.
 */
export function oneByteCopy(text: string): string {
  if (!holdsOnlyLatin1(text)) return text;
  let copy = "";
  for (let from = 0; from < text.length; from += COPY_CHUNK) {
    const codes: number[] = [];
    for (let i = from; i < Math.min(text.length, from + COPY_CHUNK); i++) codes.push(text.charCodeAt(i));
    copy += String.fromCharCode(...codes);
  }
  return copy;
}
