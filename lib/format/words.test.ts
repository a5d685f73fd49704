import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../claims/vocabulary";
import { categoryWords, hasCategoryWords, possessive } from "./words";

describe("categoryWords", () => {
  it.each([
    ["deployed", "Troops deployed"],
    ["materiel", "Materiel"],
    ["casualties", "Casualties"],
    ["participants", "Participants"],
    ["displaced", "Displaced"],
    ["detained", "Detained"],
    ["damage", "Damage"],
    ["killed", "Killed"],
    ["injured", "Injured"],
  ])("%s reads %s", (category, words) => {
    expect(categoryWords(category)).toBe(words);
  });

  it("has words for every category of the claim contract", () => {
    expect(CATEGORIES.filter((c) => !hasCategoryWords(c))).toEqual([]);
  });

  it("reads a category it does not know as itself, capitalised", () => {
    expect(categoryWords("road_blocks")).toBe("Road blocks");
  });
});

describe("possessive", () => {
  it.each([
    ["GUR", "GUR's"],
    ["NIS", "NIS's"],
    ["the Kremlin", "the Kremlin's"],
    ["Western governments", "Western governments'"],
    ["Lloyd Austin", "Lloyd Austin's"],
  ])("%s → %s", (name, expected) => {
    expect(possessive(name)).toBe(expected);
  });
});
