// How figures read in explanations and summaries: "about 10,000", "at least 30".
import { figureAsStated } from "../format/figure-as-stated";
import { formatNumber } from "../format/group-digits";
import { possessive } from "../format/words";
import { type ClaimFacts } from "./claim-facts";

export { formatNumber } from "../format/group-digits";

/** The figure as its source put it ("several thousand (2,000–9,999)"), never the plotted middle. */
export function formatFigure(fact: ClaimFacts): string {
  // Built once per claim: explanations name the same figures many times.
  if (fact.statedText === undefined) {
    const { claim } = fact;
    fact.statedText = figureAsStated({ low: claim.value.low, best: claim.value.best, high: claim.value.high, qualifier: claim.qualifier });
  }
  return fact.statedText;
}

/** "GUR's 11,000", "Kremlin's denial" */
export function sourceFigure(fact: ClaimFacts): string {
  if (fact.denies) return fact.point === null ? `${possessive(fact.sourceName)} denial` : `${possessive(fact.sourceName)} denial of ${formatFigure(fact)}`;
  return `${possessive(fact.sourceName)} ${formatFigure(fact)}`;
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
