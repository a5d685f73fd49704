// Web copies that lost the space after a full stop still cut into sentences.
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const ROWS: [string, string[]][] = [
  ["Le séisme a fait 300 morts.Les secours fouillent les décombres.", ["Le séisme a fait 300 morts.", "Les secours fouillent les décombres."]],
  ["The flood killed 12 people.Rescuers are still searching.", ["The flood killed 12 people.", "Rescuers are still searching."]],
  // Initials, abbreviations and acronyms keep their dots.
  ["M.Dupont a parlé. Le U.S.A.ID a répondu.", ["M.Dupont a parlé.", "Le U.S.A.ID a répondu."]],
];

describe("sentences glued by a lost space", () => {
  it.each(ROWS)("%s", (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });
});
