import { describe, expect, it } from "vitest";
import { lexiconFor } from "../lexicon";
import { phrasePattern } from "../text";
import { wordAlternatives, wordNumberPattern } from "./words";

/** The run pattern as it was written before: every number word with its own word-end check. */
function oneCheckPerWord(language: "fr" | "en"): string {
  const lexicon = lexiconFor(language);
  const word = `(?:${wordAlternatives(lexicon).map((w) => phrasePattern(w)).join("|")})`;
  const joiner = `(?:[\\s\\u00A0\\u202F-]+(?:${lexicon.numberJoiners.join("|")})[\\s\\u00A0\\u202F-]+|[\\s\\u00A0\\u202F-]+)`;
  return `${word}(?:${joiner}${word})*`;
}

function matches(pattern: string, text: string): [number, string][] {
  return [...text.matchAll(new RegExp(pattern, "giu"))].map((m) => [m.index, m[0]]);
}

describe("wordNumberPattern: the same runs as one word-end check per number word", () => {
  it.each([
    ["fr", "quatre-vingts soldats, quatre‑vingt-dix, deux mille six cents, vingt et un, un million et demi, dixième, centaines, mille-pattes, un"],
    ["fr", "trois cents hommes et deux, seize000, onze mille, cinquante-cinq, zéro, une douzaine"],
    ["en", "seventy-five troops, two dozen, a hundred and twenty, one million and a half, tens, thousands, sixty6, an hour, one"],
    ["en", "twenty-one thousand nine hundred, eighteenth, seventeen and three, billionaire, half a million"],
  ] as const)("%s: %s", (language, text) => {
    const expected = matches(oneCheckPerWord(language), text);
    expect(expected.length).toBeGreaterThan(2);
    expect(matches(wordNumberPattern(lexiconFor(language), false), text)).toEqual(expected);
  });
});
