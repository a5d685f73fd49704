// Stage 11: denials. "Pyongyang a démenti …", "Peskov a rejeté les
// allégations … les qualifiant de canular", "the Kremlin denied …". The denier
// is the agency named before the verb; what is denied is read from the
// sentence or the one before (troops sent → soldiers, deployed). A denial
// with no figure has value {null, null, null} and qualifier "exact": the
// contract needs a qualifier, and "exact" says nothing was hedged.
import type { Agency } from "../sources/agencies";
import type { AgencyMention } from "../sources/find-agencies";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { HeadNoun } from "./lexicon/types";
import { firstAtWordStart, normalizeWord, phraseAlternation, phraseScanner } from "./text";

export interface Denial {
  /** Offset of the denial verb in the sentence. */
  verbStart: number;
  denier: Agency;
}

interface DenialRegexes {
  /** The last words of the verbs and of the claim nouns: a sentence with none of them denies nothing. */
  trigger: RegExp;
  verbs: RegExp;
  rejectVerbs: RegExp;
  claimNouns: RegExp;
  negated: RegExp;
}

const DENIER_REACH = 160;

const regexes = perLexicon((lexicon): DenialRegexes => {
  const lastWords = (list: string[]) => list.map((p) => p.split(/\s+/).pop() ?? p);
  return {
    trigger: phraseScanner([...lastWords(lexicon.denial.verbs), ...lexicon.denial.claimNouns]),
    verbs: phraseScanner(lexicon.denial.verbs),
    rejectVerbs: phraseScanner(lexicon.denial.rejectVerbs),
    claimNouns: phraseScanner(lexicon.denial.claimNouns),
    // "did not deny", "n'a pas démenti": the negation stands right before the verb, or one word before it.
    negated: new RegExp(`(?:${phraseAlternation(lexicon.denial.negations)}|n't)[\\s\\u00A0]+(?:[\\p{L}'’]+[\\s\\u00A0]+)?$`, "iu"),
  };
});

/** The denial in a sentence, if one agency denies something there. */
export function findDenial(sentence: string, mentionsOf: () => AgencyMention[], lexicon: Lexicon): Denial | null {
  const r = regexes(lexicon);
  if (!firstAtWordStart(r.trigger, sentence)) return null;
  const verb = firstAtWordStart(r.verbs, sentence) ?? (firstAtWordStart(r.claimNouns, sentence) ? firstAtWordStart(r.rejectVerbs, sentence) : null);
  if (!verb) return null;
  if (r.negated.test(sentence.slice(Math.max(0, verb.index - 30), verb.index))) return null;
  const denier = [...mentionsOf()].reverse().find((m) => m.end <= verb.index && verb.index - m.end <= DENIER_REACH);
  return denier ? { verbStart: verb.index, denier: denier.agency } : null;
}

const WORD = /[\p{L}][\p{L}‐‑-]*/gu;

/** The first counted noun in the text: what a denial is about. */
export function deniedTopic(text: string, lexicon: Lexicon): HeadNoun | null {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = normalizeWord(m[0]);
    const head = lexicon.heads[word];
    if (head && (head.kind === "personnel" || head.kind === "materiel")) return head;
    if (lexicon.demonyms[word]) return { unit: "soldiers", kind: "personnel" };
  }
  return null;
}

/** The nationality named in the text, if any ("nord-coréens" → North Korean). */
export function nationalityIn(text: string, lexicon: Lexicon): string | null {
  WORD.lastIndex = 0;
  const words: string[] = [];
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push(normalizeWord(m[0]));
  for (let i = 0; i < words.length; i++) {
    const bigram = `${words[i]} ${words[i + 1] ?? ""}`;
    const found = lexicon.nationalities[bigram] ?? lexicon.nationalities[words[i] ?? ""] ?? lexicon.demonyms[words[i] ?? ""];
    if (found) return found;
  }
  return null;
}
