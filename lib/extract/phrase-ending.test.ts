import { describe, expect, it } from "vitest";
import { lexiconFor } from "./lexicon";
import { endsWithPhrase, PhraseEnding } from "./phrase-ending";

const fr = lexiconFor("fr");
const en = lexiconFor("en");

/** The end-anchored phrase lists the extraction tests the text before a figure with. */
const LISTS: [string, readonly string[]][] = [
  ["French bounds and approximators", [...fr.approximators, ...fr.atLeast, ...fr.atMost, ...fr.upTo]],
  ["English bounds and approximators", [...en.approximators, ...en.atLeast, ...en.atMost, ...en.upTo]],
  ["French months", Object.keys(fr.months)],
  ["English months", Object.keys(en.months)],
  ["French reference words", fr.referenceWords],
  ["English anaphors", en.anaphorsBefore],
  ["French chain links", fr.chainLinks],
  ["English words that make a cue a noun", en.attribution.nounModifiers],
  ["stems, apostrophes and stops", ["jusqu'", "env.", "n°", "estim*", "US$"]],
];

/** Each phrase at the end of a text, with the endings and spaces that may follow it, and texts that end otherwise. */
function probes(phrases: readonly string[]): string[] {
  const endings = ["", " ", "\u00A0", "\u202F ", "s", "’", "'", ",", ", ", "3", " (", "é", "\u0301"];
  return phrases.flatMap((p) => {
    const body = p.replace(/\*$/u, "");
    return [body, body.toUpperCase(), `selon ${body}`].flatMap((text) => endings.map((end) => `${text}${end}`));
  });
}

describe("PhraseEnding: the text's last character first, then the regex", () => {
  it.each(LISTS)("%s: the same answer as the end-anchored regex alone", (_name, phrases) => {
    const ending = endsWithPhrase(phrases);
    const texts = probes(phrases);
    const expected = texts.map((t) => ending.regex.test(t));
    expect(expected.filter(Boolean).length).toBeGreaterThan(0);
    expect(texts.map((t) => ending.test(t))).toEqual(expected);
  });

  it.each([
    ["près d'", "environ 3 000 soldats, près d’", true],
    ["janv.", "le 3 janv. ", true],
    ["environ", "selon la police, ", false],
    ["environ", "environ 12", false],
    ["environ", "", false],
  ])("ends with %s: %s → %s", (phrase, text, ends) => {
    expect(endsWithPhrase([phrase]).test(text)).toBe(ends);
  });

  it("turns down a text that ends with a comma or a digit without running the regex", () => {
    const ending = endsWithPhrase(["environ", "about"]);
    expect(ending.mayEnd("selon la police, ")).toBe(false);
    expect(ending.mayEnd("en 2023")).toBe(false);
    expect(ending.mayEnd("soit environ")).toBe(true);
  });

  it("always runs the regex for phrases that may end with a space or a hyphen", () => {
    const ending = new PhraseEnding(["week-"], /week[-\s]$/u);
    expect(ending.mayEnd("12,")).toBe(true);
  });
});
