// Each language's sentence material in one place, for the article assembler.
import { EN_CHROME, EN_CHROME_TAIL, EN_FILLERS, EN_HEADLINES, EN_SUBHEADS, EN_TITLES } from "./prose-en";
import { FR_CHROME, FR_CHROME_TAIL, FR_FILLERS, FR_HEADLINES, FR_SUBHEADS, FR_TITLES } from "./prose-fr";
import type { Rng } from "./prng";
import { EN_CARRIED, EN_CLAIMS, EN_CONTINGENT, EN_DENIALS, EN_RECALL, EN_SPLIT } from "./templates-en";
import { FR_CARRIED, FR_CLAIMS, FR_CONTINGENT, FR_DENIALS, FR_RECALL, FR_SPLIT } from "./templates-fr";
import type { CarriedTemplate, ClaimTemplate, ClaimText, DenialTemplate, Lang, SplitTemplate } from "./types";

export interface LanguageTexts {
  claims: readonly ClaimTemplate[];
  carried: readonly CarriedTemplate[];
  recall: readonly ClaimTemplate[];
  contingent: readonly ClaimTemplate[];
  split: readonly SplitTemplate[];
  denials: readonly DenialTemplate[];
  headlines: readonly ((c: ClaimText) => string)[];
  titles: readonly string[];
  subheads: readonly string[];
  chrome: readonly ((r: Rng) => string)[];
  tail: readonly ((r: Rng) => string)[];
  fillers: readonly ((r: Rng) => string)[];
}

export const LANGUAGE_TEXTS: Record<Lang, LanguageTexts> = {
  fr: {
    claims: FR_CLAIMS, carried: FR_CARRIED, recall: FR_RECALL, contingent: FR_CONTINGENT, split: FR_SPLIT, denials: FR_DENIALS,
    headlines: FR_HEADLINES, titles: FR_TITLES, subheads: FR_SUBHEADS, chrome: FR_CHROME, tail: FR_CHROME_TAIL, fillers: FR_FILLERS,
  },
  en: {
    claims: EN_CLAIMS, carried: EN_CARRIED, recall: EN_RECALL, contingent: EN_CONTINGENT, split: EN_SPLIT, denials: EN_DENIALS,
    headlines: EN_HEADLINES, titles: EN_TITLES, subheads: EN_SUBHEADS, chrome: EN_CHROME, tail: EN_CHROME_TAIL, fillers: EN_FILLERS,
  },
};
