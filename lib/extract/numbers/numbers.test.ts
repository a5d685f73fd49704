import { describe, expect, it } from "vitest";
import { lexiconFor } from "../lexicon";
import { parseDigits } from "./digits";
import { scanCores } from "./scan";
import { parseNumberWords } from "./words";

const DIGITS: [string, "fr" | "en", number | null][] = [
  ["11 000", "fr", 11000],
  ["11\u00A0000", "fr", 11000],
  ["11\u202F000", "fr", 11000],
  ["10.000", "fr", 10000],
  ["4,8", "fr", 4.8],
  ["1,5", "fr", 1.5],
  ["10,000", "en", 10000],
  ["4.8", "en", 4.8],
  ["1,250,000", "en", 1250000],
  ["1 250 000", "en", 1250000],
  ["1234567890123456789", "en", null],
];

const WORDS: [string, "fr" | "en", number | null][] = [
  ["dix mille", "fr", 10000],
  ["deux mille six cents", "fr", 2600],
  ["vingt-deux", "fr", 22],
  ["soixante-dix", "fr", 70],
  ["quatre-vingt-dix", "fr", 90],
  ["vingt et un", "fr", 21],
  ["trois cent mille", "fr", 300000],
  ["un million deux cent mille", "fr", 1200000],
  ["une", "fr", null],
  ["ten thousand", "en", 10000],
  ["seventy-five", "en", 75],
  ["two dozen", "en", 24],
  ["one hundred and five", "en", 105],
  ["a", "en", null],
];

const SCANS: [string, "fr" | "en", { kind: string; value?: number; low?: number; high?: number | null }][] = [
  ["1,5 million d'obus", "fr", { kind: "digits", value: 1_500_000 }],
  ["3 millions de roquettes", "fr", { kind: "digits", value: 3_000_000 }],
  ["une douzaine de drones", "fr", { kind: "collective", value: 12 }],
  ["a dozen tanks", "en", { kind: "collective", value: 12 }],
  ["plusieurs milliers de soldats", "fr", { kind: "vague", low: 2000, high: 9999 }],
  ["des dizaines de milliers de soldats", "fr", { kind: "vague", low: 10000, high: null }],
  ["several thousand troops", "en", { kind: "vague", low: 2000, high: 9999 }],
  ["tens of thousands of troops", "en", { kind: "vague", low: 10000, high: null }],
  ["hundreds of drones", "en", { kind: "vague", low: 100, high: null }],
  ["des centaines de drones", "fr", { kind: "vague", low: 100, high: null }],
];

describe("digits", () => {
  it.each(DIGITS)("%s (%s) → %s", (raw, lang, expected) => {
    expect(parseDigits(raw, lexiconFor(lang))).toBe(expected);
  });
});

describe("number words", () => {
  it.each(WORDS)("%s (%s) → %s", (raw, lang, expected) => {
    expect(parseNumberWords(raw, lexiconFor(lang))).toBe(expected);
  });
});

describe("scanning cores", () => {
  it.each(SCANS)("%s (%s)", (text, lang, expected) => {
    const [core] = scanCores(text, lexiconFor(lang));
    expect(core).toMatchObject(expected);
  });
});
