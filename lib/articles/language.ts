import type { Language } from "../claims/claim";

const FRENCH = /\b(le|la|les|des|du|une|est|dans|selon|avec|pour|qui|que|sont|été|aux)\b/giu;
const ENGLISH = /\b(the|of|and|to|in|is|was|said|according|with|for|that|are|has|have|by)\b/giu;

/** French or English by counting each language's commonest words; English when neither shows. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const fr = sample.match(FRENCH)?.length ?? 0;
  const en = sample.match(ENGLISH)?.length ?? 0;
  return fr > en ? "fr" : "en";
}
