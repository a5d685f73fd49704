// The place hierarchy as data: a figure for one region is part of the figure
// for the country, so the region's question is a child of the country's.
// Add a place by adding a row; aliases are matched after foldText().
import { foldText, tidyText } from "./text";

interface PlaceEntry {
  name: string;
  parent: string | null;
  /** Read as "in the Kursk region" rather than "in Kursk region". */
  withArticle?: boolean;
  aliases: string[];
}

const PLACES: PlaceEntry[] = [
  { name: "Russia", parent: null, aliases: ["russie", "russian federation", "federation de russie"] },
  { name: "Kursk region", parent: "Russia", withArticle: true, aliases: ["kursk", "koursk", "kursk oblast", "oblast de koursk", "region de koursk", "la region de koursk"] },
  { name: "Bryansk region", parent: "Russia", withArticle: true, aliases: ["bryansk", "briansk", "bryansk oblast", "region de briansk"] },
  { name: "Belgorod region", parent: "Russia", withArticle: true, aliases: ["belgorod", "belgorod oblast", "region de belgorod"] },
  { name: "Buryatia", parent: "Russia", aliases: ["bouriatie", "republic of buryatia", "sosnovy bor"] },
  { name: "Russian Far East", parent: "Russia", withArticle: true, aliases: ["far east", "extreme orient russe", "primorsky krai", "vladivostok"] },
  { name: "Ukraine", parent: null, aliases: [] },
  { name: "Donetsk region", parent: "Ukraine", withArticle: true, aliases: ["donetsk", "donetsk oblast", "region de donetsk"] },
  { name: "Luhansk region", parent: "Ukraine", withArticle: true, aliases: ["luhansk", "louhansk", "luhansk oblast", "region de louhansk"] },
  { name: "Kharkiv region", parent: "Ukraine", withArticle: true, aliases: ["kharkiv", "kharkov", "kharkiv oblast", "region de kharkiv"] },
  { name: "Zaporizhzhia region", parent: "Ukraine", withArticle: true, aliases: ["zaporizhzhia", "zaporijia", "zaporizhzhia oblast"] },
  { name: "Kherson region", parent: "Ukraine", withArticle: true, aliases: ["kherson", "kherson oblast", "region de kherson"] },
  { name: "North Korea", parent: null, aliases: ["coree du nord", "dprk"] },
  { name: "France", parent: null, aliases: ["la france", "toute la france", "whole of france", "all of france", "territoire national", "partout en france"] },
  { name: "Paris", parent: "France", aliases: ["a paris", "la capitale", "paris intra muros"] },
  { name: "Marseille", parent: "France", aliases: ["marseilles"] },
  { name: "Lyon", parent: "France", aliases: ["lyons"] },
  { name: "Toulouse", parent: "France", aliases: [] },
  { name: "Nantes", parent: "France", aliases: [] },
  { name: "Bordeaux", parent: "France", aliases: [] },
  { name: "Lille", parent: "France", aliases: [] },
  { name: "Rennes", parent: "France", aliases: [] },
  { name: "South Korea", parent: null, aliases: ["coree du sud", "republic of korea"] },
];

const byName = new Map<string, PlaceEntry>();
const byAlias = new Map<string, PlaceEntry>();
for (const entry of PLACES) {
  byName.set(entry.name, entry);
  byAlias.set(foldText(entry.name), entry);
  for (const alias of entry.aliases) byAlias.set(foldText(alias), entry);
}

/** The gazetteer name of a place, or the tidied text when it is not listed. */
export function canonicalPlace(raw: string): string {
  return byAlias.get(foldText(raw))?.name ?? tidyText(raw);
}

/** Wider places, nearest first: Kursk region → [Russia]. Unknown places have none. */
export function placeAncestors(place: string): string[] {
  const chain: string[] = [];
  let parent = byName.get(place)?.parent ?? null;
  while (parent !== null && !chain.includes(parent)) {
    chain.push(parent);
    parent = byName.get(parent)?.parent ?? null;
  }
  return chain;
}

/** "the Kursk region", "Russia": the form that follows "in". */
export function placeInSentence(place: string): string {
  return byName.get(place)?.withArticle ? `the ${place}` : place;
}
