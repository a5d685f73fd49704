import type { Qualifier } from "../claims/claim";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

export function formatNumber(n: number): string {
  return integer.format(n);
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  approx: "about ",
  at_least: "at least ",
  at_most: "at most ",
  up_to: "up to ",
  range: "",
  vague: "",
};

interface ValueLike {
  low: number | null;
  best: number | null;
  high: number | null;
}

/** A claim's value as an analyst reads it: "about 10,000", "at least 30", "2,000–9,999". */
export function formatValue(value: ValueLike, qualifier: Qualifier | string, stance?: string): string {
  if (stance === "denies") return "denies";
  const { low, best, high } = value;
  if ((qualifier === "range" || qualifier === "vague") && low !== null && high !== null && low !== high) {
    return `${formatNumber(low)}–${formatNumber(high)}`;
  }
  if (qualifier === "vague" && low !== null && high === null) return `${formatNumber(low)} or more`;
  const shown = best ?? low ?? high;
  if (shown === null) return "no figure";
  return `${QUALIFIER_WORDS[qualifier as Qualifier] ?? ""}${formatNumber(shown)}`;
}
