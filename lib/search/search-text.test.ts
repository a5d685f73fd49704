import { describe, expect, it } from "vitest";
import { ftsQuery, searchMatches, searchWords, spelledFtsQuery, splitByMatches } from "./search-text";

const marked = (text: string, query: string) => searchMatches(text, query).map(({ start, end }) => text.slice(start, end));

describe("search text", () => {
  it("folds case and accents in French and English", () => {
    expect(searchWords("Coréens ÉTATS-Unis naïve")).toEqual(["coreens", "etats", "unis", "naive"]);
  });

  it("quotes every word, so operators and punctuation are plain words or separators", () => {
    expect(ftsQuery('NOT "coreens" OR quote:* (Kursk')).toBe('"not"* "coreens"* "or"* "quote"* "kursk"*');
    expect(ftsQuery('%"_*')).toBeNull();
  });

  it("spells each word out as the indexed words it begins, or keeps it a prefix", () => {
    expect(spelledFtsQuery([{ word: "coreen", terms: ["coreen", "coreennes", "coreens"] }, { word: "kursk", terms: ["kursk"] }])).toBe('("coreen" OR "coreennes" OR "coreens") AND "kursk"');
    expect(spelledFtsQuery([{ word: "a", terms: null }, { word: "zz", terms: [] }])).toBe('"a"* AND "zz"*');
    expect(spelledFtsQuery([])).toBeNull();
  });

  it("finds accented words from an accent-less search, whole or by their beginning", () => {
    expect(marked("Les soldats nord-coréens aux États-Unis", "coreens etats")).toEqual(["coréens", "États"]);
    expect(marked("près de Koursk, dans la région de Koursk", "kours")).toEqual(["Koursk", "Koursk"]);
    expect(marked("the Korean troops", "coreens")).toEqual([]);
  });

  it("finds text without words as typed", () => {
    expect(marked("up 10% from 5%", "%")).toEqual(["%", "%"]);
  });

  it("cuts a text into marked and unmarked pieces that join back to it", () => {
    const text = "11 000 soldats nord-coréens";
    const pieces = splitByMatches(text, "coreens");
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(["coréens"]);
    expect(splitByMatches(text, undefined)).toEqual([{ text, match: false }]);
  });
});
