// Word normalisation shared by the lookups: accents, case, quotes and spacing
// must not split a question ("Koursk", "koursk", "Kursk ").

/** Lower case, no diacritics, apostrophes and dashes as spaces, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`\-‐–—_]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** URL-safe id fragment: `North Korean` → `north-korean`. */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Trimmed text with single spaces, case kept: the form shown to people. */
export function tidyText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Short, stable, non-cryptographic hash (FNV-1a) for disambiguating ids. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
