import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateArticle } from "../corpus/generate-article";
import { extractClaims } from "./index";
import { openingAt, phraseKey, phraseOpening, registeredScanners, SentenceWords, wholeWordKey } from "./sentence-words";
import { splitSentences } from "./sentences";
import { firstAtWordStart, isWordStart, phraseScanner } from "./text";

describe("phraseKey: the first letters of a phrase's longest part", () => {
  it.each([
    ["abandonné leurs positions", "aban"],
    ["a communiqué", "comm"],
    ["s'élèvent", "élèv"],
    ["d’après", "aprè"],
    ["comptabilis*", "comp"],
    ["nord-coréens", "coré"],
    ["for", "for"],
    ["Île-de-France", "fran"],
    ["janv.", "janv"],
    ["9/11", null],
  ])("%s → %s", (phrase, key) => {
    expect(phraseKey(phrase)).toBe(key);
  });
});

describe("wholeWordKey: a short key the phrase holds as a whole word", () => {
  it.each([
    ["a", true],
    ["une", true],
    ["n'a", true],
    ["quatre-vingt", false],
    ["d'un", false],
    ["un*", false],
    ["for", true],
    ["janv.", false],
    ["9/11", false],
  ])("%s → %s", (phrase, whole) => {
    expect(wholeWordKey(phrase)).toBe(whole);
  });
});

describe("phraseOpening and openingAt: what a phrase and a text open with", () => {
  it.each([
    ["morts ou blessés", "mort"],
    ["s'élèvent", "s"],
    ["Tués", "tués"],
    ["-ish", ""],
    ["9/11", ""],
  ])("phrase %s → %s", (phrase, opening) => {
    expect(phraseOpening(phrase)).toBe(opening);
  });

  it.each([
    ["Les Morts et", 4, "mort"],
    ["ſoldats", 0, "sold"],
    ["a1 b", 0, "a"],
    ["BLESSÉS", 0, "bles"],
    ["l’armée", 1, ""],
  ])("text %s at %i → %s", (text, at, opening) => {
    expect(openingAt(text, at)).toBe(opening);
  });
});

/** Whether the scanner matches at a word start of the text, as the stages read it. */
function matches(scanner: RegExp, text: string): boolean {
  scanner.lastIndex = 0;
  for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
    if (isWordStart(text, m.index)) return true;
    scanner.lastIndex = m.index + 1;
  }
  return false;
}

describe("SentenceWords skips a scan only where it cannot match", () => {
  const cases: [string, string[], string, number, boolean][] = [
    ["a phrase the sentence holds", ["dismissed"], "The ministry dismissed the figure.", 0, true],
    ["no word of the phrase", ["dismissed"], "The ministry said 3,000 soldiers were there.", 0, false],
    ["a later word of the phrase", ["a communiqué"], "La préfecture a communiqué un chiffre.", 0, true],
    ["the long s, which matches s", ["sans fondement"], "Un chiffre ſans fondement.", 0, true],
    ["the Kelvin sign, which matches k", ["killed"], "\u212Ailled in the strike", 0, true],
    ["a modifier-letter apostrophe", ["d'après"], "dʼaprès la police", 0, true],
    ["a stretch that starts inside a word", ["lon"], "selon la CGT", 2, true],
    ["a stretch that starts on a word", ["police"], "selon la CGT", 6, false],
    ["a stem", ["contest*"], "Des chiffres contestés.", 0, true],
    ["a capitalised word", ["selon"], "SELON LA CGT, 12 000 manifestants.", 0, true],
    ["accents differ", ["réfugiés"], "3 000 refugies", 0, false],
    ["a short whole word, standing alone", ["un"], "Il y a un mort.", 0, true],
    ["a short whole word, only opening longer words", ["un"], "Aucun chiffre unique.", 0, false],
    ["a short whole word before an apostrophe", ["a"], "a’s", 0, true],
    ["a short whole word ending the sentence", ["two"], "They were two", 0, true],
    ["a short word inside a longer one of its phrase", ["d'un"], "Selon l'avis d'un expert.", 0, true],
  ];
  it.each(cases)("%s", (_name, phrases, sentence, from, may) => {
    const scanner = phraseScanner(phrases);
    const words = new SentenceWords(sentence);
    expect(words.mayMatch(scanner, from)).toBe(may);
    expect(matches(scanner, sentence.slice(from))).toBe(may);
  });

  it("a scanner made after the sentence was read always runs", () => {
    const words = new SentenceWords("Nothing to see.");
    const later = phraseScanner(["zanzibar"]);
    expect(words.mayMatch(later)).toBe(true);
    expect(new SentenceWords("Nothing to see.").mayMatch(later)).toBe(false);
  });

  it("a scanner registered after a word was looked up is found in the sentences read after it", () => {
    expect(new SentenceWords("Quixotic zebras graze.").mayMatch(phraseScanner(["graze"]))).toBe(true);
    const later = phraseScanner(["quixotic zebras"]);
    expect(new SentenceWords("Quixotic zebras graze.").mayMatch(later)).toBe(true);
    expect(new SentenceWords("Calm zebras graze.").mayMatch(later)).toBe(false);
  });

  it("never skips a scanner of the extraction that matches, on the seeds and generated articles, in French and English", () => {
    const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt"));
    const texts = [
      ...seeds.map((f) => readFileSync(path.join("seeds", f), "utf8")),
      ...Array.from({ length: 8 }, (_, i) => generateArticle(3, i).text),
    ];
    // Reading a few texts in both languages builds and registers the extraction's scanners.
    for (const text of texts.slice(0, 3)) for (const language of ["fr", "en"] as const) extractClaims({ file: "t.txt", text, language, published: "2024-10-23" });
    const scanners = registeredScanners();
    expect(scanners.length).toBeGreaterThan(30);
    let skipped = 0;
    for (const text of texts) {
      for (const { text: sentence } of splitSentences(text)) {
        const words = new SentenceWords(sentence);
        for (const scanner of scanners) {
          for (const from of [0, Math.floor(sentence.length / 3)]) {
            if (words.mayMatch(scanner, from)) continue;
            skipped++;
            expect(matches(scanner, sentence.slice(from)), `${scanner.source.slice(0, 60)} in «${sentence.slice(from)}»`).toBe(false);
          }
        }
      }
    }
    expect(skipped).toBeGreaterThan(1000);
  }, 120_000);

  it("every character a key letter matches case-insensitively is read as that letter", () => {
    // The letters keys may hold, and for each every character a /iu regex matches to it.
    for (let code = 0x61; code <= 0x17e; code++) {
      const letter = String.fromCharCode(code);
      if (phraseKey(letter) !== letter) continue;
      const scanner = phraseScanner([`${letter}`]);
      const re = new RegExp(`^${letter}$`, "iu");
      for (let other = 0; other < 0x10000; other++) {
        const ch = String.fromCharCode(other);
        if (!re.test(ch)) continue;
        expect(new SentenceWords(` ${ch} `).mayMatch(scanner), `${letter} / U+${other.toString(16)}`).toBe(true);
      }
    }
  }, 120_000);
});

describe("firstAtWordStart with the sentence's words", () => {
  it("finds what it finds without them", () => {
    const scanner = phraseScanner(["a démenti"]);
    const sentence = "Moscou a démenti ces chiffres.";
    expect(firstAtWordStart(scanner, sentence, new SentenceWords(sentence))?.[0]).toBe("a démenti");
    expect(firstAtWordStart(scanner, "Moscou a confirmé.", new SentenceWords("Moscou a confirmé."))).toBeNull();
  });
});
