// The one line shown under a question's chart:
// "5 sources, 4,500 to 11,000 (GUR, ISW and NIS); Kremlin and North Korea deny it; NIS's 3,000 + 7,000 = 10,000".
import { formatNumber, listNames, plural } from "./format";

export interface SummaryInputs {
  sourceCount: number;
  assertingNames: readonly string[];
  denyingNames: readonly string[];
  spread: { low: number; high: number } | null;
  sumNotes: readonly string[];
  figureContradictions: number;
}

export function summarize(inputs: SummaryInputs): string {
  let head = plural(inputs.sourceCount, "source");
  if (inputs.spread !== null) {
    const { low, high } = inputs.spread;
    head += low === high ? `, ${formatNumber(low)}` : `, ${formatNumber(low)} to ${formatNumber(high)}`;
  }
  if (inputs.assertingNames.length > 0) head += ` (${listNames(inputs.assertingNames)})`;
  const parts = [head];
  if (inputs.denyingNames.length > 0) parts.push(`${listNames(inputs.denyingNames)} ${inputs.denyingNames.length === 1 ? "denies" : "deny"} it`);
  parts.push(...[...new Set(inputs.sumNotes)].slice(0, 2));
  if (inputs.figureContradictions > 0) parts.push(plural(inputs.figureContradictions, "contradiction"));
  return parts.join("; ");
}
