import { describe, expect, it } from "vitest";
import { AGENCIES } from "../sources/agencies";
import { lexiconFor } from "./lexicon";
import { phraseAlternatives, phrasePattern } from "./text";

/** The alternation as it was written before neighbours shared their closing lookahead: each phrase closes itself. */
function oneLookaheadEach(phrases: readonly string[], inflect = false): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => phrasePattern(p, inflect))
    .join("|");
}

function matches(pattern: string, text: string, flags = "giu"): [number, string][] {
  return [...text.matchAll(new RegExp(pattern, flags))].map((m) => [m.index, m[0]]);
}

const fr = lexiconFor("fr");
const en = lexiconFor("en");
const LISTS: [string, readonly string[], boolean][] = [
  ["French category cues", Object.values(fr.categoryCues).flat(), false],
  ["English category cues", Object.values(en.categoryCues).flat(), false],
  ["French speech verbs", fr.attribution.cueAfterSpeaker, false],
  ["English cues before a speaker", en.attribution.cueBeforeSpeaker, false],
  ["French places", Object.keys(fr.places), false],
  ["gazetteer aliases, inflected", AGENCIES.flatMap((a) => [...a.aliases.fr, ...a.aliases.en]), true],
  // Phrases that end in an apostrophe close with no lookahead: they split the shared runs.
  ["mixed closings", ["jusqu'", "aujourd'hui", "lorsqu'", "puisque", "d'", "de", "du"], false],
];

/** Text that holds each phrase as written, run on into a letter, cut short, and with its plural endings. */
function probe(phrases: readonly string[]): string {
  return phrases.flatMap((p) => [p, `${p}s`, `${p}es`, `${p}x`, `${p}3`, p.slice(0, -1), p.toUpperCase(), `${p}’`]).join(" · ");
}

describe("phraseAlternatives: one closing lookahead for neighbours that share it", () => {
  it.each(LISTS)("%s: the same matches as one lookahead per phrase", (_name, phrases, inflect) => {
    const text = probe(phrases);
    const expected = matches(oneLookaheadEach(phrases, inflect), text);
    expect(expected.length).toBeGreaterThan(0);
    expect(matches(phraseAlternatives(phrases, inflect), text)).toEqual(expected);
    // A sticky match at every offset: the alternative chosen at each place is the same too.
    const shared = new RegExp(phraseAlternatives(phrases, inflect), "iuy");
    const each = new RegExp(oneLookaheadEach(phrases, inflect), "iuy");
    for (let at = 0; at < Math.min(text.length, 3000); at++) {
      shared.lastIndex = at;
      each.lastIndex = at;
      expect(shared.exec(text)?.[0]).toBe(each.exec(text)?.[0]);
    }
  });

  it("writes the lookahead once per run of phrases that close with it", () => {
    const pattern = phraseAlternatives(["morts", "blessés", "jusqu'", "tués", "disparus"]);
    expect(pattern.split("(?![\\p{L}\\p{N}])").length - 1).toBe(2);
  });
});
