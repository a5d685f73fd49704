// How contested a question is, in [0, 1], to rank questions:
//   score = 0.5·C + 0.3·S + 0.2·D
//   C = share of compared source pairs with at least one contradiction
//       (figures beyond tolerance at the same time, or a denial);
//   S = relative spread of the sources' latest figures, 1 − smallest/largest;
//   D = 1 when some source denies what others assert, else 0.
// Contradictions weigh most because they survive scope and time checks;
// spread alone may be honest uncertainty; a denial is a conflict in kind.

export const CONFLICT_WEIGHTS = { contradictions: 0.5, spread: 0.3, denial: 0.2 } as const;

export interface ConflictInputs {
  comparedPairs: number;
  contradictingPairs: number;
  /** Latest plotted value of each asserting source. */
  points: readonly number[];
  hasDenial: boolean;
  hasAssertion: boolean;
}

export function conflictScore(inputs: ConflictInputs): number {
  const contradictions = inputs.comparedPairs === 0 ? 0 : inputs.contradictingPairs / inputs.comparedPairs;
  let spread = 0;
  if (inputs.points.length >= 2) {
    let smallest = Infinity;
    let largest = -Infinity;
    for (const point of inputs.points) {
      smallest = Math.min(smallest, point);
      largest = Math.max(largest, point);
    }
    spread = largest > 0 ? 1 - Math.max(0, smallest) / largest : 0;
  }
  const denial = inputs.hasDenial && inputs.hasAssertion ? 1 : 0;
  const score = CONFLICT_WEIGHTS.contradictions * contradictions + CONFLICT_WEIGHTS.spread * spread + CONFLICT_WEIGHTS.denial * denial;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
