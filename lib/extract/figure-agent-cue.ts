// "La foule a été estimée à 12 000 personnes par la préfecture", "the toll was
// put at 45 by the health ministry": an estimating participle, its figure,
// then its agent. The words from the participle to "par"/"by" make one cue, so
// the agent speaks for the figure inside it as "selon X" would.
import type { Language } from "../claims/claim";
import type { TextMatch } from "./text";

/** Participles that set a figure: "estimé à", "porté à", "chiffré à", "put at", "raised to". */
const PARTICIPLE: Record<Language, string> = {
  fr: "(?:estimé|évalué|chiffré|porté|fixé|établi|ramené|relevé|revu|rehaussé|abaissé|réévalué)e?s?(?:[\\s\\u00A0]+à[\\s\\u00A0]+la[\\s\\u00A0]+(?:hausse|baisse))?",
  en: "(?:estimated|put|placed|set|raised|revised(?:[\\s\\u00A0]+(?:up|upwards?|down|downwards?))?|lowered|increased|reduced|brought|counted)",
};

/** A word of the gap: a number with its separators ("50,000", "3.5"), or any word without punctuation. */
const WORD = "(?:\\p{N}+(?:[,.]\\p{N}+)*|[^,;:.!?()«»\"“”\\n\\s\\u00A0]+)[\\s\\u00A0]+";

/** Up to the figure's preposition, a few words holding the figure, then the agent's preposition. */
const GAP: Record<Language, string> = {
  fr: `[\\s\\u00A0]+(?:à|a)[\\s\\u00A0]+((?:${WORD}){1,6}?)par(?![\\p{L}\\p{N}])`,
  en: `[\\s\\u00A0]+(?:at|to)[\\s\\u00A0]+((?:${WORD}){1,6}?)by(?![\\p{L}\\p{N}])`,
};

const CUES: Record<Language, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}\\p{N}])${PARTICIPLE.fr}${GAP.fr}`, "giu"),
  en: new RegExp(`(?<![\\p{L}\\p{N}])${PARTICIPLE.en}${GAP.en}`, "giu"),
};

/** The figure between the prepositions: a digit, or a number word of the lexicon ("douze mille", "dozens"). */
function holdsFigure(gap: string, numberWords: ReadonlyMap<string, number>): boolean {
  return /\p{N}/u.test(gap) || gap.toLowerCase().split(/[\s\u00A0-]+/u).some((word) => numberWords.has(word));
}

/** The cues "participle, its figure, par/by" of a sentence, from the participle to the end of "par"/"by". */
export function figureAgentCues(sentence: string, language: Language, numberWords: ReadonlyMap<string, number>): TextMatch[] {
  if (!/(?:par|by)(?![\p{L}\p{N}])/u.test(sentence)) return [];
  const cues: TextMatch[] = [];
  for (const m of sentence.matchAll(CUES[language])) {
    if (!holdsFigure(m[1] ?? "", numberWords)) continue;
    cues.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return cues;
}
