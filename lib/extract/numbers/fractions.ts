// Fractions of a number written in words, per language, as data: "un
// million et demi" (1,500,000), "two and a half million", "a million and a
// half", "half a million" (500,000). A fraction after a number adds that part
// of the number's last scale word; a fraction before a scale word takes that
// part of it.
import type { Language } from "../../claims/claim";

export interface FractionLexicon {
  /** After a number: "et demi", "and a half". */
  after: Record<string, number>;
  /** Before a scale word: "half a", "un demi-". */
  before: Record<string, number>;
  /** Scale words a fraction applies to, with their value. */
  scales: Record<string, number>;
}

const FR: FractionLexicon = {
  after: { "et demi": 0.5, "et demie": 0.5, "et quart": 0.25 },
  before: { "un demi-": 0.5, "un demi": 0.5 },
  scales: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, millier: 1000, milliers: 1000, mille: 1000 },
};

const EN: FractionLexicon = {
  after: { "and a half": 0.5, "and a quarter": 0.25 },
  before: { "half a": 0.5, "a half": 0.5, "a quarter of a": 0.25, "a quarter": 0.25, "three quarters of a": 0.75 },
  scales: { million: 1e6, billion: 1e9, thousand: 1000, dozen: 12, hundred: 100 },
};

const FRACTIONS: Record<Language, FractionLexicon> = { fr: FR, en: EN };

export function fractionLexicon(language: Language): FractionLexicon {
  return FRACTIONS[language];
}
