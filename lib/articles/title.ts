const BOILERPLATE = /^(table of contents|sommaire|actualités\S*|news\b.*|menu|accueil|home)$/iu;

/** The article's title: its first line that reads like a headline, not site furniture. */
export function guessTitle(text: string, fallback: string): string {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.length < 15 || BOILERPLATE.test(line)) continue;
    return line.length > 160 ? `${line.slice(0, 157).trimEnd()}…` : line;
  }
  return fallback;
}
