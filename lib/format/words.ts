// The few words the pages use for the data's closed values and its gaps, in
// one place so that every page and export says the same thing.

/** A category as an analyst reads it; the raw value stays in URLs, the API and exports. */
const CATEGORY_WORDS: Readonly<Record<string, string>> = {
  deployed: "Troops deployed",
  casualties: "Casualties",
  killed: "Killed",
  injured: "Injured",
  participants: "Participants",
  displaced: "Displaced",
  detained: "Detained",
  damage: "Damage",
  deserters: "Deserters",
  captured: "Captured",
  materiel: "Materiel",
  other: "Other",
};

/** "deployed" → "Troops deployed"; a value the map does not know yet reads as itself, capitalised. */
export function categoryWords(category: string): string {
  return CATEGORY_WORDS[category] ?? category.charAt(0).toUpperCase() + category.slice(1).replaceAll("_", " ");
}

/** True when the map has words for the category (a test checks every category has). */
export function hasCategoryWords(category: string): boolean {
  return Object.hasOwn(CATEGORY_WORDS, category);
}

/** What shows where the text gives no as-of date and no article date stands in. */
export const AS_OF_NOT_STATED = "not stated";

/**
 * "GUR" → "GUR's", "NIS" → "NIS's", "Western governments" → "Western governments'":
 * a name that ends in a lowercase plural "s" takes the apostrophe alone.
 */
export function possessive(name: string): string {
  const trimmed = name.trim();
  return /[a-z]s$/.test(trimmed) ? `${trimmed}'` : `${trimmed}'s`;
}

/**
 * The verb after a source's name: "Western governments say", "les
 * organisateurs say", "NIS says", "Reuters says". A name is plural when its
 * last word, before any bracket, is a lowercase plural; a proper name in
 * capitals ("Reuters", "Médecins Sans Frontières") is one body.
 */
export function verbAfterName(name: string, singular: string, plural: string): string {
  const head = name.replace(/\s*\([^)]*\)\s*$/u, "").trim().split(/\s+/u).pop() ?? "";
  return /^\p{Ll}[\p{L}'’-]*[^su]s$/u.test(head) ? plural : singular;
}
