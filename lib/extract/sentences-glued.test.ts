// Web copies that lost the space after a full stop still cut into sentences.
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const ROWS: [string, string[]][] = [
  ["Le séisme a fait 300 morts.Les secours fouillent les décombres.", ["Le séisme a fait 300 morts.", "Les secours fouillent les décombres."]],
  ["The flood killed 12 people.Rescuers are still searching.", ["The flood killed 12 people.", "Rescuers are still searching."]],
  // Initials, abbreviations and acronyms keep their dots.
  ["M.Dupont a parlé. Le U.S.A.ID a répondu.", ["M.Dupont a parlé.", "Le U.S.A.ID a répondu."]],
  // A chain of capital initials before a name is no sentence's end; "a.m." before a capital still is.
  ["The count was given by J.K. Mbeki on Friday. It rose later.", ["The count was given by J.K. Mbeki on Friday.", "It rose later."]],
  ["Le bilan a été donné par le préfet J.-P. Morel. Il a augmenté.", ["Le bilan a été donné par le préfet J.-P. Morel.", "Il a augmenté."]],
  ["The briefing began at 3:20 a.m. Officials gave a toll of 40.", ["The briefing began at 3:20 a.m.", "Officials gave a toll of 40."]],
];

describe("sentences glued by a lost space", () => {
  it.each(ROWS)("%s", (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });
});
