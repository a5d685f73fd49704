// Helpers to write lexicon tables compactly (all forms of an adjective, heads).
import type { Category } from "../../claims/claim";
import type { HeadKind, HeadNoun } from "./types";

/** Maps every listed form to the same English value. */
export function forms(value: string, ...words: string[]): Record<string, string> {
  return Object.fromEntries(words.map((w) => [w, value]));
}

/** Compound verb forms with an adverb between the auxiliary and the participle: "a longtemps nié". */
export function withAdverb(auxiliaries: string[], adverbs: string[], participles: string[]): string[] {
  return auxiliaries.flatMap((a) => adverbs.flatMap((adv) => participles.map((p) => `${a} ${adv} ${p}`)));
}

/** Head nouns of one kind sharing a unit: heads("soldiers", "personnel", "soldats", "soldat"). */
export function heads(unit: string, kind: HeadKind, words: string[], category?: Category): Record<string, HeadNoun> {
  const head: HeadNoun = category ? { unit, kind, category } : { unit, kind };
  return Object.fromEntries(words.map((w) => [w, head]));
}
