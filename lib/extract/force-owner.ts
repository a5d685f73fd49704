// "La Russie avait massé quelque 50 000 hommes", "the US has deployed 3,000
// troops to Poland": the country that masses, sends or deploys a force owns
// it. It says whose the force is (its subject), and it is not the force's
// place: the troops are not counted "in Russia" because Russia sent them.
import type { Lexicon } from "./lexicon";
import { COUNTRY_ADJECTIVE } from "./lexicon/countries";
import { perLexicon } from "./lexicon/per-lexicon";
import { phraseAlternation, phraseAlternatives, WORD_START } from "./text";

export interface ForceOwner {
  /** The owner's adjective: "Russian". */
  subject: string;
  /** Where the country's name stands in the clause. */
  start: number;
  end: number;
}

/** The verb stands this close before the figure: "a envoyé quelque", "has sent at least". */
const WINDOW = 120;

const regexes = perLexicon((lexicon) => ({
  // Verb, then at most three words ("quelque", "at least", "près de"), then the figure.
  verb: new RegExp(`${phraseAlternation(lexicon.forceVerbs)}(?:[\\s\\u00A0]+[\\p{L}'’-]+){0,3}[\\s\\u00A0]*$`, "iu"),
  // Country, then at most two words (auxiliaries, adverbs: "avait déjà", "has now"), then the verb.
  country: new RegExp(`${WORD_START}(${phraseAlternatives(Object.keys(lexicon.places))})(?:[\\s\\u00A0]+[\\p{L}'’-]+){0,2}[\\s\\u00A0]+$`, "iu"),
  places: new Map(Object.entries(lexicon.places).map(([k, v]) => [placeKey(k), v])),
}));

function placeKey(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/[\s\u00A0]+/g, " ");
}

export function forceOwner(clause: string, figureAt: number, lexicon: Lexicon): ForceOwner | null {
  const r = regexes(lexicon);
  const from = Math.max(0, figureAt - WINDOW);
  const window = clause.slice(from, figureAt);
  const verb = r.verb.exec(window);
  if (!verb) return null;
  const country = r.country.exec(window.slice(0, verb.index));
  if (!country) return null;
  const subject = COUNTRY_ADJECTIVE[r.places.get(placeKey(country[1]!)) ?? ""];
  if (!subject) return null;
  const start = from + country.index;
  return { subject, start, end: start + country[1]!.length };
}
