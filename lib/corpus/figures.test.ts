import { describe, expect, it } from "vitest";
import { writeNumber } from "./figures";
import { englishWords, frenchWords } from "./number-words";
import { Rng } from "./prng";
import { de, que } from "./grammar";

describe("number words", () => {
  it.each([
    [11_000, "onze mille", "eleven thousand"],
    [2_600, "deux mille six cents", "two thousand six hundred"],
    [80, "quatre-vingts", "eighty"],
    [71, "soixante et onze", "seventy-one"],
    [80_000, "quatre-vingt mille", "eighty thousand"],
    [1_000_000, "un million", "one million"],
    [18, "dix-huit", "eighteen"],
  ])("%d", (n, fr, en) => {
    expect(frenchWords(n)).toBe(fr);
    expect(englishWords(n)).toBe(en);
  });
});

describe("writeNumber", () => {
  it("groups French digits with spaces or dots and English ones with commas", () => {
    const rng = new Rng(5);
    const fr = new Set(Array.from({ length: 300 }, () => writeNumber(12_000, "fr", rng).text));
    expect(fr).toEqual(new Set(["12 000", "12\u00A0000", "12\u202F000", "12.000", "douze mille"]));
    const en = new Set(Array.from({ length: 300 }, () => writeNumber(12_000, "en", rng).text));
    expect(en).toContain("12,000");
    expect(en).toContain("twelve thousand");
  });
});

describe("French elision", () => {
  it.each([
    [de("le GUR"), "du GUR"],
    [de("les services"), "des services"],
    [de("des milliers"), "de milliers"],
    [de("environ 10 000"), "d'environ 10 000"],
    [de("onze mille"), "de onze mille"],
    [que("au moins 3 000"), "qu'au moins 3 000"],
  ])("%s", (got, want) => expect(got).toBe(want));
});
