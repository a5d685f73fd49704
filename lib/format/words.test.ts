import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../claims/vocabulary";
import { categoryWords, hasCategoryWords, possessive, verbAfterName } from "./words";

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

describe("verbAfterName", () => {
  it.each([
    ["Western governments", "say"],
    ["les organisateurs", "say"],
    ["des sources policières", "say"],
    ["the authorities (unnamed)", "say"],
    ["South Korea's National Intelligence Service (NIS)", "says"],
    ["Reuters", "says"],
    ["Médecins Sans Frontières", "says"],
    ["the police", "says"],
    ["the Red Cross", "says"],
    ["the virus", "says"],
    ["News Day FR (own reporting)", "says"],
  ])("%s %s", (name, verb) => {
    expect(verbAfterName(name, "says", "say")).toBe(verb);
  });
});
