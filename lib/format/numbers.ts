import type { Qualifier } from "../claims/claim";

import { figureAsStated } from "./figure-as-stated";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

export function formatNumber(n: number): string {
  return integer.format(n);
}

interface ValueLike {
  low: number | null;
  best: number | null;
  high: number | null;
}

/** A claim's value as its source put it: "about 10,000", "at least 30", "several thousand (2,000–9,999)" (see figure-as-stated.ts). */
export function formatValue(value: ValueLike, qualifier: Qualifier | string, stance?: string): string {
  return figureAsStated({ ...value, qualifier, stance });
}
