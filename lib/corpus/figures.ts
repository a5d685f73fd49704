// Writing a value the many ways newspapers do: "11 000" with assorted spaces,
// "10.000", "10,000", "dix mille", "1,5 million", "près de", "at least",
// "entre 10 000 et 12 000", "plusieurs milliers"...
import { englishWords, frenchWords } from "./number-words";
import type { Rng } from "./prng";
import type { Figure, FigureShape, Lang } from "./types";

const NBSP = "\u00A0";
const NNBSP = "\u202F";
const FR_SEPARATORS = [" ", NBSP, NNBSP, ".", " ", NBSP, NNBSP, NBSP];

function group(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function isRoundForWords(n: number): boolean {
  return (n % 1000 === 0 && n <= 20_000) || (n < 10_000 && n % 100 === 0 && n >= 1000) || n <= 20;
}

function millions(n: number, lang: Lang, rng: Rng): Figure {
  const m = Math.round(n / 100_000) / 10;
  if (Number.isInteger(m) && m <= 20 && rng.chance(0.25)) {
    const words = lang === "fr" ? frenchWords(m * 1_000_000) : englishWords(m * 1_000_000);
    return { text: words, of: lang === "fr" };
  }
  if (lang === "fr") return { text: `${String(m).replace(".", ",")} million${m >= 2 ? "s" : ""}`, of: true };
  return { text: `${m} million`, of: false };
}

/** A digit-group separator: the outlet's house style most of the time, another now and then. */
export function pickSeparator(lang: Lang, rng: Rng, house?: string): string {
  if (house !== undefined && rng.chance(0.85)) return house;
  return lang === "fr" ? rng.pick(FR_SEPARATORS) : rng.chance(0.95) ? "," : NBSP;
}

/** One number, no qualifier, digits grouped with `sep` (a house style when not given). */
export function writeNumber(n: number, lang: Lang, rng: Rng, sep = pickSeparator(lang, rng)): Figure {
  if (n >= 1_000_000) return millions(n, lang, rng);
  if (isRoundForWords(n) && rng.chance(n <= 20 ? 0.4 : 0.14)) {
    return { text: lang === "fr" ? frenchWords(n) : englishWords(n), of: false };
  }
  if (n < 1000) return { text: String(n), of: false };
  if (n < 10_000 && rng.chance(0.1)) return { text: String(n), of: false };
  return { text: group(n, sep), of: false };
}

/** Rounds to a figure a spokesman would say: two significant digits, small numbers untouched. */
export function roundNice(v: number, digits = 2): number {
  if (v < 30) return Math.max(1, Math.round(v));
  const magnitude = Math.pow(10, Math.floor(Math.log10(v)) - (digits - 1));
  return Math.round(v / magnitude) * magnitude;
}

const APPROX = {
  fr: ["près de", "environ", "quelque", "autour de", "approximativement", "à peu près", "près de", "environ"],
  en: ["about", "around", "nearly", "some", "roughly", "approximately", "almost", "an estimated", "about"],
};
const AT_LEAST = { fr: ["au moins", "plus de", "pas moins de", "au moins"], en: ["at least", "more than", "over", "no fewer than"] };
const UP_TO = { fr: ["jusqu'à", "jusqu'à", "au maximum"], en: ["up to", "as many as"] };

function vague(n: number, lang: Lang, rng: Rng): Figure {
  if (lang === "fr") {
    if (n >= 2_000_000) return { text: rng.pick(["des millions", "plusieurs millions"]), of: true };
    if (n >= 2000) return { text: rng.pick(["plusieurs milliers", "des milliers", "quelques milliers"]), of: true };
    if (n >= 200) return { text: rng.pick(["plusieurs centaines", "des centaines", "quelques centaines"]), of: true };
    return { text: rng.pick(["plusieurs dizaines", "des dizaines", "une poignée"]), of: true };
  }
  if (n >= 2_000_000) return rng.chance(0.5) ? { text: "millions", of: true } : { text: "several million", of: false };
  if (n >= 2000) return rng.pick([{ text: "thousands", of: true }, { text: "several thousand", of: false }, { text: "a few thousand", of: false }]);
  if (n >= 200) return rng.pick([{ text: "hundreds", of: true }, { text: "several hundred", of: false }]);
  return rng.pick([{ text: "dozens", of: true }, { text: "a handful", of: true }]);
}

function range(n: number, lang: Lang, rng: Rng, house?: string): Figure {
  const spread = rng.pick([0.08, 0.1, 0.15, 0.2]);
  const low = roundNice(n * (1 - spread));
  let high = roundNice(n * (1 + spread));
  if (high <= low) high = low + Math.max(1, roundNice(low * 0.2));
  const sep = pickSeparator(lang, rng, house);
  const a = writeNumber(low, lang, rng, sep).text;
  const b = writeNumber(high, lang, rng, sep);
  const fr = [`entre ${a} et ${b.text}`, `de ${a} à ${b.text}`, `entre ${a} et ${b.text}`];
  const en = [`between ${a} and ${b.text}`, `${a} to ${b.text}`, `${a}-${b.text}`, `from ${a} to ${b.text}`];
  return { text: rng.pick(lang === "fr" ? fr : en), of: b.of };
}

/** A value written with a qualifier, e.g. "plus de 3 000", "up to 12,000". */
export function writeFigure(n: number, shape: FigureShape, lang: Lang, rng: Rng, house?: string): Figure {
  switch (shape) {
    case "vague":
      return vague(n, lang, rng);
    case "range":
      return range(n, lang, rng, house);
    case "exact":
      return writeNumber(n, lang, rng, pickSeparator(lang, rng, house));
    default: {
      const words = shape === "approx" ? APPROX[lang] : shape === "at_least" ? AT_LEAST[lang] : UP_TO[lang];
      const num = writeNumber(n, lang, rng, pickSeparator(lang, rng, house));
      return { text: `${rng.pick(words)} ${num.text}`, of: num.of };
    }
  }
}

/** Picks how precisely a figure is given; small counts are rarely vague or ranged. */
export function pickShape(n: number, rng: Rng): FigureShape {
  if (n < 30) return rng.weighted<FigureShape>(["exact", "at_least", "approx"], (s) => (s === "exact" ? 6 : 1));
  return rng.weighted<FigureShape>(["exact", "approx", "at_least", "up_to", "range", "vague"], (s) =>
    ({ exact: 4, approx: 4, at_least: 2, up_to: 1, range: 1.5, vague: 1 })[s],
  );
}
