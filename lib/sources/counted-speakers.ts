// "9 militaires", "Neuf militaires", "two officials": a count before a noun
// of people or bodies that speak (officials, soldiers, NGOs, hospitals) opens
// a speaker's phrase as a determiner does; before any other noun ("trois
// morts", "300 buildings") it is a figure, and no phrase opens there.
import { guessKind } from "./source-kind";
import type { Token } from "./tokens";

/** Nouns a count before them most often tolls or counts a crowd: "les 11 autres personnes déclarées décédées". */
const COUNTED_CROWDS = new Set(["people", "persons", "personnes", "manifestants", "protesters", "demonstrators", "participants", "victims", "victimes"]);

export function countsSpeakers(text: string, tokens: readonly Token[], body: number, last: number): boolean {
  const first = tokens[body];
  const end = tokens[last];
  if (!first || !end || tokens.slice(body, last + 1).some((t) => COUNTED_CROWDS.has(t.lower))) return false;
  return guessKind(text.slice(first.start, end.end)) !== "other";
}
