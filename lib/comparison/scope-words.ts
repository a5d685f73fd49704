// How a narrower question differs from the wider one, in words a table cell
// can carry after a figure: "in the Kursk region", "first contingent",
// "already there".
import type { ComparedQuestion } from "./question-input";

// "the Kursk region" but "Paris": a place named by a common noun takes the article.
const COMMON_PLACE_NOUN = /\b(region|province|oblast|district|department|state|area|city|capital|border|front|country|zone|strip)$/i;

function inPlace(place: string): string {
  const bare = place.replace(/^the /i, "");
  return COMMON_PLACE_NOUN.test(bare) ? `in the ${bare}` : `in ${bare}`;
}

export function narrowerScopeWords(part: ComparedQuestion["scope"], whole: ComparedQuestion["scope"]): string {
  const words: string[] = [];
  if (part.place && part.place !== whole.place) words.push(inPlace(part.place));
  if (part.group && part.group !== whole.group) words.push(part.group);
  if (part.state && part.state !== whole.state) words.push(part.state);
  return words.join(", ");
}
