import type { Language } from "../../claims/claim";
import { EN } from "./en";
import { FR } from "./fr";
import type { Lexicon } from "./types";

export type { Lexicon } from "./types";

const LEXICONS: Record<Language, Lexicon> = { fr: FR, en: EN };

export function lexiconFor(language: Language): Lexicon {
  return LEXICONS[language];
}
