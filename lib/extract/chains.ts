// Figures of one count as it changes: "the toll climbed from 111,481 on
// Jan. 23 to 150,000 on Jan. 24, to 212,000 on Saturday", "le bilan est passé
// de 120 à 340 morts, puis à 410". Each step is a figure of its own, not a
// range, and all count the same thing: the noun after any of them, or the
// total the change verb follows ("the toll climbed").
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { PhraseFilter } from "./sentence-words";
import { firstAtWordStart, phraseAlternation, phraseScanner, SPACE_CHAR as SPACE } from "./text";

/**
 * How far before a figure its change verb may stand ("has climbed from a
 * precise", "a augmenté le nombre de ses soldats dans la région de").
 */
const OPENER_REACH = 90;

const openerRegex = perLexicon(
  (lexicon): RegExp =>
    // The verb's object may stand between it and "from"/"de" ("raised the number of its troops in the region from"),
    // in words alone, so no comma or figure; a word or two between "from" and the figure ("climbed from a precise").
    new RegExp(`${phraseAlternation(lexicon.changeVerbs)}(?:${SPACE}+[\\p{L}'’-]+){0,10}?${SPACE}+${phraseAlternation(lexicon.chainOpeners)}(?:${SPACE}+[\\p{L}'’-]+){0,2}?${SPACE}*$`, "iu"),
);

const verbScanner = perLexicon((lexicon): RegExp => phraseScanner(lexicon.changeVerbs));

/**
 * One scan of the sentence: most hold no change verb, and their figures need
 * no look for a chain. Given the sentence's words, most skip the scan too.
 */
export function mayHoldChain(sentence: string, lexicon: Lexicon, words?: PhraseFilter): boolean {
  return firstAtWordStart(verbScanner(lexicon), sentence, words) !== null;
}

/** Where the change verb opening a chain at `start` begins, or -1 when no chain opens there. */
export function chainOpenedAt(sentence: string, start: number, lexicon: Lexicon): number {
  const from = Math.max(0, start - OPENER_REACH);
  const m = openerRegex(lexicon).exec(sentence.slice(from, start));
  return m ? from + m.index : -1;
}
