// Which phrase scanners can match in a sentence, found in one pass over its
// words, so that a stage skips the scans that cannot find anything. Each
// phrase of a scanner has a key: the first letters (up to KEY_LENGTH) of its
// longest part, parts being what spaces, apostrophes and hyphens separate.
// Wherever the phrase matches, that part starts a word of the text, so a text
// none of whose words opens with a key of the scanner holds none of its
// phrases; so does every stretch of it that starts on a word boundary. Each
// sentence is read once (`ArticleContext.wordsAt`), then every question about
// a scanner is a table look-up. The output never changes: a scanner is only
// skipped where its regex could not match. A key shorter than KEY_LENGTH that
// is a whole word of its phrase ("a", "un", "une") must be a whole word of the
// text too: "a" opens most English sentences' words, but stands alone in few.

/** Letters of a key: longer keys would filter little more and cost a look-up each. */
const KEY_LENGTH = 4;

/**
 * Characters a key may hold: every character a case-insensitive regex matches
 * to one of them lowercases to it (with `ſ` folded, see `classOf`), which the
 * unit test checks over every UTF-16 unit. Other letters end a key.
 */
const KEY_LETTER = /^[a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017E]$/u;

/** Letters that part words in the phrases' patterns: `ʼ` is one of the apostrophes, though Unicode calls it a letter. */
const MODIFIER_APOSTROPHE = 0x2bc;

const LETTER = /\p{L}/u;

/** Scanner ids by key (see `keyCode`); scanners that are not registered, or have a phrase without a key, are always run. */
const scannersByKey = new Map<number, number[]>();
/** Scanner ids by whole-word key (see `wholeWordKey`): only a word of exactly these letters holds them. */
const scannersByWord = new Map<number, number[]>();
const scannerIds = new WeakMap<RegExp, number>();
/** Registered scanners, by id. */
const scanners: RegExp[] = [];
/** The lengths keys have, one bit each: a word is looked up at these lengths only. */
let keyLengths = 0;

/** A key letter as a number from 1 (a) to 186, or 0 for any other character (see KEY_LETTER). */
function letterCode(lower: number): number {
  if (lower >= 0x61 && lower <= 0x7a) return lower - 0x60;
  if (lower >= 0xdf && lower <= 0x17e && lower !== 0xf7) return lower - 0xdf + 27;
  return 0;
}

/** A key as one number, a base-256 digit a letter: lookups without building strings. */
function keyCode(key: string): number {
  let code = 0;
  for (let i = 0; i < key.length; i++) code = code * 256 + letterCode(key.charCodeAt(i));
  return code;
}

/** The key letters a part of a phrase opens with, lowercased. */
function keyRun(part: string): string {
  let run = "";
  for (const ch of part) {
    const lower = ch.toLowerCase();
    if (lower.length !== 1 || !KEY_LETTER.test(lower)) break;
    run += lower;
  }
  return run;
}

function partsOf(phrase: string): string[] {
  return (phrase.endsWith("*") ? phrase.slice(0, -1) : phrase).split(/[\s'’-]+/);
}

/** The key of one phrase as `phrasePattern` reads it (a trailing `*` only extends the last word), or null. */
export function phraseKey(phrase: string): string | null {
  let best = "";
  for (const part of partsOf(phrase)) {
    const run = keyRun(part);
    if (run.length > best.length) best = run;
  }
  return best ? best.slice(0, KEY_LENGTH) : null;
}

/**
 * Whether the phrase's key is a whole word wherever the phrase matches: its
 * part is shorter than KEY_LENGTH and all key letters, the phrase's word that
 * holds it is too short to take `phrasePattern`'s inflections (four letters
 * or more), and no `*` lets it run on. What follows the part in a match is
 * then a space, an apostrophe, a hyphen or no letter at all.
 */
export function wholeWordKey(phrase: string): boolean {
  const key = phraseKey(phrase);
  if (key === null || key.length >= KEY_LENGTH) return false;
  const stem = phrase.endsWith("*");
  const words = (stem ? phrase.slice(0, -1) : phrase).split(/\s+/);
  return words.some((word, w) => {
    if (word.length >= 4 || (stem && w === words.length - 1)) return false;
    return word.split(/['’-]+/).some((part) => part.length === key.length && keyRun(part) === key);
  });
}

/** What a match of the phrase opens with, as `openingAt` reads a text: "" when it may open with anything. */
export function phraseOpening(phrase: string): string {
  return keyRun(partsOf(phrase)[0] ?? "").slice(0, KEY_LENGTH);
}

/**
 * The key letters the text opens with at `at`, lowercased, up to KEY_LENGTH:
 * a phrase can match there only if this starts with its `phraseOpening`.
 */
export function openingAt(text: string, at: number): string {
  let opening = "";
  for (let i = at; i < text.length && i - at < KEY_LENGTH; i++) {
    const letter = classOf(text.charCodeAt(i)) - 2;
    if (letter <= 0) break;
    opening += String.fromCharCode(letter < 27 ? letter + 0x60 : letter - 27 + 0xdf);
  }
  return opening;
}

/**
 * Lets `SentenceWords` answer for `scanner`, a regex every match of which
 * holds one of `phrases`, matched as `phrasePattern` builds it and starting
 * where no letter stands before (as `phraseScanner` builds them, or a pattern
 * with one of them as a required part). Scanners with a phrase that has no
 * key are left out: they always run.
 */
/** The scanners `SentenceWords` answers for: the unit tests check it never skips one that matches. */
export function registeredScanners(): readonly RegExp[] {
  return scanners;
}

export function registerScanner(scanner: RegExp, phrases: readonly string[]): void {
  if (phrases.length === 0 || scannerIds.has(scanner)) return;
  const keys = phrases.map(phraseKey);
  if (keys.some((key) => key === null)) return;
  const id = scanners.push(scanner) - 1;
  scannerIds.set(scanner, id);
  phrases.forEach((phrase, i) => {
    const key = keys[i] as string;
    const whole = wholeWordKey(phrase);
    if (!whole) keyLengths |= 1 << key.length;
    addId(whole ? scannersByWord : scannersByKey, keyCode(key), id);
  });
}

/**
 * The scanners a word opening as `code` (its first `length` key letters) may
 * start, by its openings as long as some key and, when the word `ended`
 * there, by itself: one look-up for each word of a sentence instead of one
 * for each of its openings. Words repeat, so the answers are kept until a
 * new scanner is registered.
 */
const openingScanners = [new Map<number, number[]>(), new Map<number, number[]>()];
/** More distinct openings than texts hold in practice: past it the kept answers are dropped. */
const MAX_KEPT_OPENINGS = 100_000;

function scannersOpening(code: number, length: number, ended: boolean): number[] {
  const kept = openingScanners[ended ? 1 : 0] as Map<number, number[]>;
  let ids = kept.get(code);
  if (!ids) {
    const found = new Set<number>();
    for (let k = 1; k <= length; k++) {
      if (keyLengths & (1 << k)) for (const id of scannersByKey.get(Math.floor(code / 256 ** (length - k))) ?? []) found.add(id);
    }
    if (ended) for (const id of scannersByWord.get(code) ?? []) found.add(id);
    ids = [...found];
    if (kept.size >= MAX_KEPT_OPENINGS) kept.clear();
    kept.set(code, ids);
  }
  return ids;
}

function addId(table: Map<number, number[]>, code: number, id: number): void {
  for (const kept of openingScanners) kept.clear();
  const ids = table.get(code);
  if (!ids) table.set(code, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

/** Per UTF-16 unit: 0 not yet known, 1 not a letter of a word, 2 a letter (`ʼ` excepted), then 3 + the letter code its lowercase has as a key letter. */
const charClass = new Uint8Array(0x10000);

function classOf(code: number): number {
  let known = charClass[code] as number;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    if (code === MODIFIER_APOSTROPHE || !LETTER.test(ch)) known = 1;
    else {
      const lower = ch.toLowerCase();
      // The long s matches "s" in a case-insensitive regex but lowercases to itself.
      const folded = code === 0x17f ? 0x73 : lower.length === 1 ? lower.charCodeAt(0) : 0;
      const letter = letterCode(folded);
      known = letter ? 2 + letter : 2;
    }
    charClass[code] = known;
  }
  return known;
}

/** Whether a registered scanner may match in some text: a `SentenceWords`, or one for a stretch of its sentence. */
export interface PhraseFilter {
  mayMatch(scanner: RegExp): boolean;
}

export class SentenceWords implements PhraseFilter {
  /** Scanners registered when the sentence was read: later ones are not known here. */
  private readonly known = scanners.length;
  /**
   * One bit per scanner. A Uint8Array of one byte each outgrows the 64 bytes
   * V8 keeps a typed array's elements on its heap at 64 scanners, and every
   * sentence then paid for an array buffer of its own.
   */
  private readonly present = new Uint32Array((scanners.length + 31) >>> 5);

  constructor(readonly text: string) {
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const letter = classOf(text.charCodeAt(i)) >= 2;
      if (letter && !inWord) this.noteWordAt(i);
      inWord = letter;
    }
  }

  /** Notes the scanners of every opening of the word at `start` that is as long as some key, and of the word itself when it is short. */
  private noteWordAt(start: number): void {
    let code = 0;
    let length = 0;
    let ended = false;
    for (; length < KEY_LENGTH; length++) {
      if (start + length >= this.text.length) {
        ended = true;
        break;
      }
      const known = classOf(this.text.charCodeAt(start + length));
      if (known < 3) {
        // The word ends here, or goes on with a letter no key holds (then no whole-word key is it).
        ended = known === 1;
        break;
      }
      code = code * 256 + known - 2;
    }
    this.note(scannersOpening(code, length, ended));
  }

  private note(ids: readonly number[]): void {
    for (const id of ids) this.present[id >>> 5] = (this.present[id >>> 5] as number) | (1 << (id & 31));
  }

  /**
   * False when `scanner` cannot match in the sentence's text from `from` on
   * (a stretch of the text that starts there); true when it may, or when the
   * scanner is unknown here or `from` falls inside a word.
   */
  mayMatch(scanner: RegExp, from = 0): boolean {
    const id = scannerIds.get(scanner);
    if (id === undefined || id >= this.known) return true;
    if (from > 0 && from < this.text.length && classOf(this.text.charCodeAt(from - 1)) >= 2 && classOf(this.text.charCodeAt(from)) >= 2) return true;
    return ((this.present[id >>> 5] as number) & (1 << (id & 31))) !== 0;
  }

  /** The filter for the stretch of the sentence that starts at `from` (a clause, a window after a word). */
  from(from: number): PhraseFilter {
    return new StretchWords(this, from);
  }
}

/** `SentenceWords` asked about the stretch of its sentence from `start` on. */
class StretchWords implements PhraseFilter {
  constructor(
    private readonly words: SentenceWords,
    private readonly start: number,
  ) {}

  mayMatch(scanner: RegExp): boolean {
    return this.words.mayMatch(scanner, this.start);
  }
}
