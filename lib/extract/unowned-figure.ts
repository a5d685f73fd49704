// "Un précédent bilan avait fait état de 3 351 morts", "An earlier toll had
// put the number at 30": a count the clause opens with an indefinite article,
// and no one after it ("de la CGT", "from the ministry"), is nobody's the text
// names. The figure is the article's own voice, not the speaker of the
// sentence before, who would otherwise be carried on to it.
import type { Language } from "../claims/claim";
import { sets } from "../sources/phrase-words";
import { tokenize } from "../sources/tokens";

const INDEFINITE: Record<Language, Set<string>> = { fr: new Set(["un", "une"]), en: new Set(["a", "an"]) };
/** What may name the count's author right after it. */
const AUTHOR_LINKS = new Set(["by", "from", "par", "selon"]);
/** The words a clause is read for: an article, two adjectives, a noun of two words, the word after. */
const OPENING_TOKENS = 7;

export function unownedFigureSubject(clause: string, language: Language): boolean {
  const tokens = tokenize(clause, 0, Math.min(clause.length, 120), language, OPENING_TOKENS);
  if (!INDEFINITE[language].has(tokens[0]?.lower ?? "")) return false;
  const s = sets(language);
  let at = 1;
  for (let k = 0; k < 2 && s.figureAdjectives.matchAt(tokens, at); k++) at += s.figureAdjectives.matchAt(tokens, at);
  const noun = s.figureNouns.matchAt(tokens, at);
  // A document ("un communiqué", "a statement") speaks for whoever issued it.
  if (!noun || s.documentNouns.matchAt(tokens, at)) return false;
  at += noun;
  while (s.figureAdjectives.matchAt(tokens, at)) at += s.figureAdjectives.matchAt(tokens, at);
  const next = tokens[at];
  return Boolean(next) && !s.joiners.matchAt(tokens, at) && !AUTHOR_LINKS.has(next?.lower ?? "");
}
