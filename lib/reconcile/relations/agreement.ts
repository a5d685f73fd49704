// How two claims' figures compare, through the one verdict shared with the
// consensus and the sources page (lib/standing/verdict.ts).
import { compareFigures, type FigureRange, type Verdict } from "../../standing/verdict";
import { type ClaimFacts } from "../claim-facts";

export { percent } from "../../standing/verdict";

export function rangeOf(fact: ClaimFacts): FigureRange {
  const low = fact.low ?? fact.point ?? 0;
  return { low, high: fact.high ?? fact.point ?? low };
}

export function verdictOf(a: ClaimFacts, b: ClaimFacts): Verdict {
  return compareFigures(rangeOf(a), rangeOf(b));
}
