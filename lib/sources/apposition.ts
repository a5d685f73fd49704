// A subject set off by commas before its verb, read backwards: a name between
// the commas after an office ("The interior minister, Fernando Grande-Marlaska,
// said"; "Le ministre de l'Intérieur, Christophe Castaner, a annoncé") is the
// office and the person together; a description ("Le SNES, premier syndicat
// du primaire, a recensé") gives way to the subject before it; and after a
// connector ("However, a new study …, concluded") the words between the
// commas are the subject itself.
import type { Language } from "../claims/claim";
import { EN_SPEAKERS, FR_SPEAKERS } from "../extract/lexicon/speakers";
import { fold } from "./fold";
import type { NounPhrase } from "./noun-phrase";
import type { Token } from "./tokens";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const CAPITAL_FIRST = /^\p{Lu}/u;

/** Reads a phrase backwards from a token: a phrase, none, or a description set off by a comma. */
export type ReadBackwards = (last: number) => NounPhrase | null | "APPOSITION";

const TITLES: Record<Language, string[]> = { fr: FR_SPEAKERS.titles.map(fold), en: EN_SPEAKERS.titles.map(fold) };

/** Words that open a sentence before its subject and a comma: never the subject. */
const CONNECTORS: Record<Language, Set<string>> = {
  en: new Set(["however", "meanwhile", "still", "yet", "moreover", "instead", "separately", "overall", "in total", "in all", "also", "but", "and"]),
  fr: new Set(["cependant", "pourtant", "toutefois", "néanmoins", "ainsi", "enfin", "par ailleurs", "de plus", "en outre", "au total", "mais", "et", "or"]),
};

/** "The interior minister", "le ministre de l'Intérieur", "son porte-parole": a phrase that opens or ends on a title. */
function isOffice(text: string, np: NounPhrase, language: Language): boolean {
  const body = fold(text.slice(np.bodyStart, np.end));
  return TITLES[language].some((t) => body === t || body.startsWith(`${t} `) || body.endsWith(` ${t}`));
}

function joined(text: string, office: NounPhrase, name: NounPhrase): NounPhrase {
  return { ...office, end: name.end, text: text.slice(office.start, name.end), acronym: name.acronym };
}

/** The subject of a verb right after a comma at token `j`. */
export function subjectAroundApposition(text: string, tokens: readonly Token[], j: number, language: Language, read: ReadBackwards): NounPhrase | null {
  const apposition = read(j - 1);
  let k = j - 1;
  while (k >= 0 && tokens[k]?.text !== ",") k--;
  const named = apposition && apposition !== "APPOSITION" && CAPITAL_FIRST.test(text.charAt(apposition.bodyStart)) ? apposition : null;
  if (named && /,\s*$/u.test(text.slice(0, named.start))) {
    // "Son chef, Kyrylo Boudanov, a estimé": the name speaks, with the office before it when it is one.
    const office = k >= 1 ? read(k - 1) : null;
    return office && office !== "APPOSITION" && isOffice(text, office, language) ? joined(text, office, named) : named;
  }
  if (k < 0) return null;
  // "However, a new study … concluded": the subject stands between the connector and the verb.
  if (CONNECTORS[language].has(fold(text.slice(0, (tokens[k] as Token).start)))) return named ?? (apposition === "APPOSITION" ? null : apposition);
  const before = read(k - 1);
  return before === "APPOSITION" ? null : before;
}
