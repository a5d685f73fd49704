// Words the extractor may use for the same subject, unit or state, kept as
// data so a new phrasing joins by adding a row.
import { foldText, tidyText } from "./text";

const SUBJECTS: Record<string, string[]> = {
  "North Korean": ["north korean", "north koreans", "north korea", "nord coreen", "nord coreens", "nord coreenne", "dprk"],
  Russian: ["russian", "russians", "russe", "russes", "russia"],
  Ukrainian: ["ukrainian", "ukrainians", "ukrainien", "ukrainiens", "ukraine"],
};

const UNITS: Record<string, string[]> = {
  soldiers: ["soldier", "soldiers", "troops", "troop", "soldats", "soldat", "men", "hommes", "servicemen", "personnel", "fighters", "combattants", "infantry"],
  shells: ["shell", "shells", "obus", "artillery shells", "rounds"],
  missiles: ["missile", "missiles"],
  // A turnout or a toll counts people, whatever the noun: "320 000 personnes" and "1,1 million de manifestants" are one quantity.
  people: ["person", "persons", "personnes", "personne", "protesters", "protestors", "manifestants", "demonstrators", "marchers", "participants", "strikers", "grevistes", "individuals", "individus"],
};

/**
 * States that name one stage of a total, so a figure in that state is part of
 * the total, not an estimate of it: Seoul's "3,000 already there" and "7,000
 * to be sent" make up its 10,000. Such a figure gets a child question.
 * Any other state ("training", "being sent", "deployed", "present") describes
 * the same troops at large and is merged into the total's question: that is
 * why GUR's 11,000 in training and NIS's 10,000 being sent are compared.
 */
const PART_STATES: Record<string, string[]> = {
  "already there": ["already there", "already in place", "already present", "already deployed", "already arrived", "arrived", "deja sur place"],
  "to be sent": ["to be sent", "still to be sent", "yet to be sent", "to follow", "expected", "remaining", "a envoyer"],
  "en route": ["en route", "in transit", "on the way"],
  killed: ["killed", "dead", "tues", "tue"],
  wounded: ["wounded", "injured", "blesses", "blesse"],
  missing: ["missing", "disparus"],
};

function aliasIndex(table: Record<string, string[]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [name, aliases] of Object.entries(table)) {
    index.set(foldText(name), name);
    for (const alias of aliases) index.set(foldText(alias), name);
  }
  return index;
}

const subjectIndex = aliasIndex(SUBJECTS);
const unitIndex = aliasIndex(UNITS);
const partStateIndex = aliasIndex(PART_STATES);

export function canonicalSubject(raw: string): string {
  return subjectIndex.get(foldText(raw)) ?? tidyText(raw);
}

export function canonicalUnit(raw: string): string {
  return unitIndex.get(foldText(raw)) ?? tidyText(raw).toLowerCase();
}

/** The canonical part-state, or null when the state is merged into the total. */
export function partState(raw: string): string | null {
  return partStateIndex.get(foldText(raw)) ?? null;
}
