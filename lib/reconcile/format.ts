// How figures read in explanations and summaries: "about 10,000", "at least 30".
import { type ClaimFacts } from "./claim-facts";

/**
 * "11,000", "2.5": English grouping, at most two decimals. Written by hand
 * because Intl.NumberFormat costs microseconds per call, and explanations
 * format hundreds of thousands of numbers on large inputs.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  if (Math.abs(value) >= 1e15) return value.toLocaleString("en-US");
  const sign = value < 0 ? "-" : "";
  const rounded = Math.round(Math.abs(value) * 100) / 100;
  const whole = Math.trunc(rounded);
  const digits = whole.toString();
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped === "" ? "" : `,${grouped}`);
  const fraction = rounded - whole;
  const decimals = fraction === 0 ? "" : fraction.toFixed(2).slice(1).replace(/0+$/, "");
  return `${sign}${grouped}${decimals}`;
}

export function formatFigure(fact: ClaimFacts): string {
  const { low, high, point } = fact;
  const { qualifier } = fact.claim;
  if (point === null) return "no figure";
  if (qualifier === "at_least") return `at least ${formatNumber(low ?? point)}`;
  if (qualifier === "at_most") return `at most ${formatNumber(high ?? point)}`;
  if (qualifier === "up_to") return `up to ${formatNumber(high ?? point)}`;
  if (qualifier === "vague" && low !== null && high === Infinity) return `${formatNumber(low)} or more`;
  if ((qualifier === "range" || qualifier === "vague") && low !== null && high !== null && low !== high) {
    return `${formatNumber(low)}–${formatNumber(high)}`;
  }
  return qualifier === "approx" ? `about ${formatNumber(point)}` : formatNumber(point);
}

/** "GUR's 11,000", "Kremlin's denial" */
export function sourceFigure(fact: ClaimFacts): string {
  if (fact.denies) return fact.point === null ? `${fact.sourceName}'s denial` : `${fact.sourceName}'s denial of ${formatFigure(fact)}`;
  return `${fact.sourceName}'s ${formatFigure(fact)}`;
}

/** "(2024-10-18)" or "" */
export function dated(fact: ClaimFacts): string {
  return fact.date === null ? "" : ` (${fact.date})`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "GUR, NIS and ISW"; long lists end in "and 3 more". */
export function listNames(names: readonly string[], max = 4): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}
