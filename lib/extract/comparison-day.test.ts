// A day after a comparison ("deux fois moins que lors de la manifestation du
// 28 juin", "down from 40 on Monday") is the compared figure's, not the
// figure's before the comparison. Invented sentences, in no eval set:
// published, text, figure → as-of.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { claimOfValue } from "../../test/counted-figure";

type Row = [string, Language, string, string, number, string | null];

// 2024-03-12 is a Tuesday.
const ROWS: Row[] = [
  ["a comparison with an earlier march, in French", "fr", "2024-03-12",
    "Les manifestants ont défilé mardi 12 mars à Lyon.\nIls étaient 9 000 à Lyon, selon la préfecture, deux fois moins que lors de la manifestation précédente, le 5 mars.", 9000, "2024-03-12"],
  ["a comparison with 'plus nombreux que'", "fr", "2024-03-12",
    "Les manifestants ont défilé mardi 12 mars à Lyon.\nIls étaient 9 000 selon la préfecture, plus nombreux que le 5 mars.", 9000, "2024-03-12"],
  ["a comparison in English", "en", "2024-03-12",
    "Crowds marched on Tuesday, March 12.\nPolice counted 9,000 marchers, fewer than on March 5.", 9000, "2024-03-12"],
  ["'more than' is no comparison", "en", "2024-03-12",
    "Police said more than 9,000 people marched on March 5.", 9000, "2024-03-05"],
  ["a relative 'que' is no comparison", "fr", "2024-03-12",
    "Les 9 000 manifestants que la préfecture a comptés le 5 mars étaient calmes.", 9000, "2024-03-05"],
];

describe("the day of a comparison", () => {
  it.each(ROWS)("%s", (_title, language, published, text, low, asOf) => {
    expect(claimOfValue(language, text, low, published).asOf).toBe(asOf);
  });
});
