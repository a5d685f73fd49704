// Small spelling rules the templates need: capitals, French elision and contraction.

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const FR_VOWEL = /^[aeiouàéèêâîôh]/i;
const NO_ELISION = /^(onze|huit|hui\b|haut|Hamas)/i;

function elides(word: string): boolean {
  return FR_VOWEL.test(word) && !NO_ELISION.test(word);
}

/** "de" + noun phrase: "du GUR", "des services", "d'environ 10 000", "de milliers". */
export function de(np: string): string {
  if (np.startsWith("le ")) return `du ${np.slice(3)}`;
  if (np.startsWith("les ")) return `des ${np.slice(4)}`;
  if (np.startsWith("des ")) return `de ${np.slice(4)}`;
  return elides(np) ? `d'${np}` : `de ${np}`;
}

/** "à" + noun phrase: "au Pentagone", "aux services". */
export function a(np: string): string {
  if (np.startsWith("le ")) return `au ${np.slice(3)}`;
  if (np.startsWith("les ")) return `aux ${np.slice(4)}`;
  return `à ${np}`;
}

/** "que" + clause: "qu'environ 10 000 soldats". */
export function que(clause: string): string {
  return elides(clause) ? `qu'${clause}` : `que ${clause}`;
}

/** Noun after a French figure: "11 000 soldats", "plusieurs milliers de soldats", "3 millions d'obus". */
export function frQuantity(fig: { text: string; of: boolean }, noun: string): string {
  return fig.of ? `${fig.text} ${de(noun)}` : `${fig.text} ${noun}`;
}

export function enQuantity(fig: { text: string; of: boolean }, noun: string): string {
  return fig.of ? `${fig.text} of ${noun}` : `${fig.text} ${noun}`;
}

/** Picks the singular or plural verb form. */
export function v(pl: boolean, singular: string, plural: string): string {
  return pl ? plural : singular;
}
