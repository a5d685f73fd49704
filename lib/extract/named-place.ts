// A place no lexicon lists, read from the way texts name places: a
// capitalised name after a preposition of place ("à Nantes", "dans toute la
// France", "in Hong Kong", "across France"). The lexicon's places stay first;
// this reads the places of any story.
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { normalizeWord } from "./text";

interface Span {
  start: number;
  end: number;
}

/** One capitalised word, hyphenated parts included ("Saint-Étienne", "Aix-en-Provence"). */
const NAME_WORD = "\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)*";

// Written out in both cases: a case-blind flag would let the name's capital match any letter.
const PREPOSITIONS: Record<Lexicon["language"], string> = {
  fr: "(?:[àÀaA]|[eE]n|[dD]ans|[aA]ux?|[sS]ur)(?:[\\s\\u00A0]+(?:toute|tout|toutes))?(?:[\\s\\u00A0]+(?:la|le|les)|[\\s\\u00A0]+l['’])?",
  en: "(?:[iI]n|[aA]cross|[tT]hroughout|[aA]t)(?:[\\s\\u00A0]+the)?",
};

const regexes = perLexicon((lexicon) => ({
  // The name may run over several capitalised words ("Hong Kong", "Causeway Bay"); "l'" joins the name with no space.
  place: new RegExp(`(?<![\\p{L}\\p{N}])${PREPOSITIONS[lexicon.language]}(?:[\\s\\u00A0]+|(?<=['’]))(${NAME_WORD}(?:[\\s\\u00A0]${NAME_WORD})*)`, "gu"),
  notPlaces: new Set([...Object.keys(lexicon.months), ...Object.keys(lexicon.weekdays)].map(normalizeWord)),
}));

/** "Mulhouse (5500)", "Toulouse (6 000 selon la police)": the name a parenthesis stands after. */
const NAME_BEFORE_PARENTHESIS = new RegExp(`(?<=[\\s\\u00A0,;])(${NAME_WORD}(?:[\\s\\u00A0]${NAME_WORD})*)[\\s\\u00A0]*$`, "u");

/** Where the parenthesis that holds `at` opens and closes, if one does. */
function enclosingParenthesis(clause: string, at: number): Span | null {
  const open = clause.lastIndexOf("(", at);
  if (open < 0 || clause.lastIndexOf(")", at) > open) return null;
  const close = clause.indexOf(")", at);
  return { start: open, end: close < 0 ? clause.length : close };
}

/**
 * The place named after the figure, else the last one named before it; never
 * inside `excluded` (agency names). A figure in parentheses looks inside them,
 * then at the name they follow, then before them: "15 000 à Lyon (5 000 selon
 * la préfecture), 10 000 à Grenoble" puts the 5 000 in Lyon.
 */
export function namedPlace(clause: string, figureAt: number, lexicon: Lexicon, excluded: readonly Span[] = []): string | null {
  const group = enclosingParenthesis(clause, figureAt);
  if (!group) return placeAround(clause, figureAt, lexicon, excluded);
  const inside = placeAround(clause.slice(0, group.end), figureAt, lexicon, excluded, group.start);
  if (inside) return inside;
  const named = NAME_BEFORE_PARENTHESIS.exec(clause.slice(0, group.start));
  if (named && !regexes(lexicon).notPlaces.has(normalizeWord(named[1]!.split(/[\s\u00A0]/u)[0]!))) return named[1]!;
  return placeAround(clause.slice(0, group.start), group.start, lexicon, excluded);
}

function placeAround(clause: string, figureAt: number, lexicon: Lexicon, excluded: readonly Span[], from = 0): string | null {
  const r = regexes(lexicon);
  let before: string | null = null;
  r.place.lastIndex = from;
  for (let m = r.place.exec(clause); m; m = r.place.exec(clause)) {
    const name = m[1] as string;
    const at = m.index + m[0].length - name.length;
    if (r.notPlaces.has(normalizeWord(name.split(/[\s\u00A0]/u)[0] as string))) continue;
    if (excluded.some((s) => at < s.end && s.start < at + name.length)) continue;
    if (at >= figureAt) return name;
    before = name;
  }
  return before;
}

/** A figure in parentheses of a clause of its own, "15 000 à Lyon (5 000 selon la préfecture)": the place the sentence names for them. */
export function placeOfParenthesis(sentence: string, figureAt: number, lexicon: Lexicon): string | null {
  return enclosingParenthesis(sentence, figureAt) ? namedPlace(sentence, figureAt, lexicon) : null;
}
