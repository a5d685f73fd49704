// The places where an alias may begin: word starts whose first characters
// are a key (the lowercased opening of some alias). A case-insensitive regex
// of all keys finds them, but it runs at every character of every sentence;
// most characters are plain letters and spaces, whose case is settled by
// lowercasing, so those are read here directly and the regex is asked only
// where a rarer character stands.

export interface AliasStart {
  index: number;
  /** How many characters the key there spans. */
  length: number;
  /**
   * The three-character key read directly, as listed: the text there,
   * lowercased with "’" as "'", is that key (its characters are plain letters
   * or ASCII, whose lowercase is their folded code). Absent when the regex
   * found the start, or the key is of two characters.
   */
  key?: string;
}

/** How a character stands for finding word starts. */
const BOUNDARY = 1; // neither letter nor digit, and folds onto no letter
const PLAIN = 2; // a letter whose lowercase is its case folding
const DIGIT = 3; // an ASCII digit: part of a word, never a key's opening
const UNSURE = 4; // other letters and digits, surrogates: the regex decides

/**
 * Letters whose lowercase is also their case folding, so that comparing
 * lowercased text agrees with a case-insensitive pattern. Others ("ſ", the
 * Kelvin sign) fold onto plain letters.
 */
const PLAIN_LETTER = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

const kinds = new Uint8Array(0x10000);

function kindOf(code: number): number {
  let kind = kinds[code] as number;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    if (code >= 0xd800 && code <= 0xdfff) kind = UNSURE;
    else if (PLAIN_LETTER.test(char)) kind = PLAIN;
    else if (code >= 0x30 && code <= 0x39) kind = DIGIT;
    else kind = LETTER_OR_DIGIT.test(char) ? UNSURE : BOUNDARY;
    kinds[code] = kind;
  }
  return kind;
}

/**
 * A key the direct reading can compare: lowercase, a plain letter first, then
 * plain letters or ASCII characters. Two-character keys hold only letters and
 * digits, so that the regex, which tries longer patterns first, also tries
 * every three-character key before them.
 */
function isReadable(key: string): boolean {
  if (key.length < 2 || key.length > 3 || kindOf(key.charCodeAt(0)) !== PLAIN || key !== key.toLowerCase()) return false;
  for (let i = 1; i < key.length; i++) {
    const kind = kindOf(key.charCodeAt(i));
    if (key.length === 2 ? kind !== PLAIN && kind !== DIGIT : kind !== PLAIN && key.charCodeAt(i) >= 0x80) return false;
  }
  return true;
}

/** A character as the key regex compares it, for the kinds read directly: plain letters lowercased, "’" as "'". */
function foldedCode(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) return code + 0x20;
  return code === 0x2019 ? 0x27 : code;
}

/** Openings longer than this narrow the candidates no further. */
const OPENING_LENGTH = 8;

/** The lowercased plain letters an alias opens with, at most `OPENING_LENGTH` of them. */
export function plainOpening(alias: string): string {
  let end = 0;
  while (end < Math.min(alias.length, OPENING_LENGTH) && kindOf(alias.charCodeAt(end)) === PLAIN) end++;
  return alias.slice(0, end).toLowerCase();
}

/**
 * False when an alias with this plain opening cannot match the text at `at`
 * regardless of case. Past the plain letters of the text, it may: the
 * pattern decides.
 */
export function mayOpenAt(text: string, at: number, opening: string): boolean {
  for (let i = 0; i < opening.length; i++) {
    const code = text.charCodeAt(at + i);
    if (Number.isNaN(code) || kindOf(code) !== PLAIN) return true;
    if (foldedCode(code) !== opening.charCodeAt(i)) return false;
  }
  return true;
}

/** Two characters as one small integer (the first is a plain letter), so that looking a key up allocates nothing. */
function pairCode(text: string, at: number): number {
  return foldedCode(text.charCodeAt(at)) * 0x10000 + foldedCode(text.charCodeAt(at + 1));
}

function keyPattern(keys: string[]): string {
  const escaped = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’ʼ]"));
  return `(?<![\\p{L}\\p{N}])(?:${escaped.sort((a, b) => b.length - a.length).join("|")})`;
}

/**
 * A function giving the first alias start at or after `from`: exactly where
 * the regex of all keys would next match, and how long that match is.
 */
export function aliasStartFinder(keys: string[]): (text: string, from: number) => AliasStart | null {
  const pattern = keyPattern(keys);
  const everywhere = new RegExp(pattern, "giu");
  if (!keys.every(isReadable)) {
    return (text, from) => {
      everywhere.lastIndex = from;
      const m = everywhere.exec(text);
      return m ? { index: m.index, length: m[0].length } : null;
    };
  }
  const here = new RegExp(pattern, "iuy");
  // The regex tries longer keys first: a three-character key wins over a two-character one.
  // Three-character keys by their first two characters, then their third.
  const long = new Map<number, Map<number, string>>();
  for (const k of keys.filter((key) => key.length === 3)) {
    const thirds = long.get(pairCode(k, 0)) ?? new Map<number, string>();
    long.set(pairCode(k, 0), thirds.set(foldedCode(k.charCodeAt(2)), k));
  }
  const short = new Set(keys.filter((k) => k.length === 2).map((k) => pairCode(k, 0)));
  const askRegex = (text: string, at: number): AliasStart | null => {
    here.lastIndex = at;
    const m = here.exec(text);
    return m ? { index: at, length: m[0].length } : null;
  };
  const readKey = (text: string, at: number): AliasStart | null => {
    if (at + 2 > text.length) return null;
    const pair = pairCode(text, at);
    const key = at + 3 <= text.length ? long.get(pair)?.get(foldedCode(text.charCodeAt(at + 2))) : undefined;
    if (key !== undefined) return { index: at, length: 3, key };
    return short.has(pair) ? { index: at, length: 2 } : null;
  };
  return (text, from) => {
    let before = from > 0 ? kindOf(text.charCodeAt(from - 1)) : BOUNDARY;
    for (let at = from; at < text.length; at++) {
      const kind = kindOf(text.charCodeAt(at));
      const previous = before;
      before = kind;
      // Every key opens with a plain letter, which nothing but a letter matches.
      if (kind === BOUNDARY || kind === DIGIT) continue;
      let found: AliasStart | null;
      if (kind === UNSURE) found = askRegex(text, at);
      else {
        if (previous === PLAIN || previous === DIGIT) continue;
        const unsure = previous === UNSURE || (at + 1 < text.length && kindOf(text.charCodeAt(at + 1)) === UNSURE) || (at + 2 < text.length && kindOf(text.charCodeAt(at + 2)) === UNSURE);
        found = unsure ? askRegex(text, at) : readKey(text, at);
      }
      if (found) return found;
    }
    return null;
  };
}
