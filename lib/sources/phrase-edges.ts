// What stands at the edges of a speaker's noun phrase without being its name:
// a day of the month or an addressee between an inverted verb and its speaker
// ("a annoncé lundi 1er juillet la commission", "a déclaré à l'AFP le
// porte-parole"), a place after the head ("the delegation in Nepal"), a month,
// the participle and "par"/"by" that name who made a figure, a relative
// pronoun after a comma that stands for the phrase before it, a document no
// one is named for.
import type { Language } from "../claims/claim";
import { EN_MONTHS } from "../extract/lexicon/en-dates";
import { FR_MONTHS } from "../extract/lexicon/fr-dates";
import { isWord, type Sets, stopsPhrase } from "./phrase-words";
import type { Token } from "./tokens";

/** "les comptes tenus par", "un bilan actualisé par", "figures compiled by": a participle links a figure noun to who gave it. */
export const PARTICIPLE: Record<Language, RegExp> = { fr: /^[\p{L}-]{3,}(?:é|ée|és|ées|is|ise|it|ite|u|ue|us|ues)$/u, en: /^\p{L}{3,}ed$/u };

/** How far after a figure noun a participle may name who made the figure. */
const AGENT_REACH = 9;

/** Where "par"/"by" stands after a participle in the words after a figure noun, or -1. */
export function participleAgent(tokens: readonly Token[], from: number, language: Language): number {
  for (let k = from; k < from + AGENT_REACH && k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.punct || t.digit) return -1;
    const by = tokens[k + 1]?.lower;
    if (PARTICIPLE[language].test(t.lower) && (by === "par" || by === "by")) return k + 1;
  }
  return -1;
}

/** "delegation in Nepal": a lowercase head noun stands right before the preposition, and a name after it. */
export function placeAfterHead(tokens: readonly Token[], at: number, s: Sets, language: Language): boolean {
  const head = tokens[at - 1];
  const place = tokens[at + 1];
  if (!head || !place?.capital || head.punct || head.digit || head.capital || !isWord(head, s) || stopsPhrase(tokens, at - 1, s)) return false;
  // "published in May": a participle's time, not a place of the head.
  return !PARTICIPLE[language].test(head.lower) && !MONTHS[language].has(place.lower);
}

const MONTHS: Record<Language, Set<string>> = { fr: new Set(Object.keys(FR_MONTHS)), en: new Set(Object.keys(EN_MONTHS)) };

export const isMonth = (t: Token, language: Language) => MONTHS[language].has(t.lower);

/** "…, a annoncé lundi 1er juillet la commission": a day of the month between an inverted verb and its speaker. How many tokens. */
export function dateAt(tokens: readonly Token[], i: number, language: Language): number {
  const day = tokens[i];
  if (!day || !/^(?:\d{1,2}|1er)$/u.test(day.lower) || !MONTHS[language].has(tokens[i + 1]?.lower ?? "")) return 0;
  return /^\d{4}$/u.test(tokens[i + 2]?.text ?? "") ? 3 : 2;
}

/** The words an addressee is read after: "à l'AFP". */
export const ADDRESSEE_PREPOSITIONS: ReadonlySet<string> = new Set(["à", "au", "aux"]);

/** "a déclaré à l'AFP le porte-parole": who was told stands between the verb and who speaks. How many tokens. */
export function addresseeAt(tokens: readonly Token[], i: number, s: Sets): number {
  if (!ADDRESSEE_PREPOSITIONS.has(tokens[i]?.lower ?? "")) return 0;
  let k = i + 1 + s.determiners.matchAt(tokens, i + 1);
  const nameStart = k;
  while (k < tokens.length && k - nameStart < 4 && tokens[k]?.capital && !tokens[k]?.punct) k++;
  return k > nameStart && s.determiners.matchAt(tokens, k) ? k - i : 0;
}


/** Prepositions whose object never is the subject of the verb after it: "among the worst disasters recorded", "parmi les pires catastrophes enregistrées". */
const OBJECT_PREPOSITIONS: Record<Language, Set<string>> = {
  en: new Set(["among", "amongst", "between", "including", "despite", "into", "against", "beyond"]),
  fr: new Set(["parmi", "entre", "contre", "malgré"]),
};

/** The determiner at `det` opens the object of such a preposition. */
export const objectOfPreposition = (tokens: readonly Token[], det: number, language: Language) =>
  OBJECT_PREPOSITIONS[language].has(tokens[det - 1]?.lower ?? "");

/** Relative pronouns that stand for the phrase before their comma. */
const RELATIVES: Record<Language, Set<string>> = { en: new Set(["which", "who"]), fr: new Set(["qui"]) };

/** "…, which estimated 4,000 deaths", "…, qui a recensé 300 morts": the relative pronoun at `at` follows a comma. */
export const relativeAfterComma = (tokens: readonly Token[], at: number, language: Language) =>
  RELATIVES[language].has(tokens[at]?.lower ?? "") && tokens[at - 1]?.text === ",";

/** Times a phrase may end on that never speak: "earlier in the summer, which estimated …". */
const TIME_NOUNS: Record<Language, Set<string>> = {
  en: new Set(["summer", "winter", "spring", "autumn", "fall", "week", "weekend", "month", "year", "day", "morning", "afternoon", "evening", "night", "time"]),
  fr: new Set(["été", "hiver", "printemps", "automne", "semaine", "week-end", "mois", "année", "an", "jour", "journée", "matin", "après-midi", "soir", "soirée", "nuit", "fois"]),
};

export const isTimeNoun = (t: Token | undefined, language: Language) => Boolean(t && (TIME_NOUNS[language].has(t.lower) || isMonth(t, language)));

const INDEFINITE = new Set(["a", "an", "un", "une"]);

/**
 * "…, a study says", "selon une étude", "a new report found", "study finds":
 * a document no one is named for speaks itself, as the article names it; it
 * cannot point back to an issuer named before, as "the study" does. The
 * tokens the phrase runs over and where its body (the noun) starts.
 */
export function unnamedDocument(tokens: readonly Token[], body: number, headAt: number, head: number, s: Sets): [from: number, to: number, bodyFrom: number] | null {
  if (s.documentNouns.matchAt(tokens, headAt) !== head) return null;
  const determiner = tokens[body - 1]?.lower ?? "";
  const bare = body === 0 || !s.determiners.matchEndingAt(tokens, body - 1);
  if (!bare && !INDEFINITE.has(determiner)) return null;
  return [bare ? body : body - 1, headAt + head - 1, headAt];
}
