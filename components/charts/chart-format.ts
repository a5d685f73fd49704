const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** Axis ticks: 10K, 2.5K, 1M. Tables and tooltips keep full figures. */
export function formatTick(value: number): string {
  return compact.format(value);
}

/** "soldiers" → "Soldiers": the value axis is labelled with the question's unit. */
export function unitLabel(unit: string): string {
  return unit ? unit.charAt(0).toUpperCase() + unit.slice(1) : "Value";
}

/** Light text and grid colours that still pass contrast on white. */
export const CHART_INK = { tick: "#334155", grid: "#e2e8f0", cursor: "#f1f5f9", consensus: "#cbd5e1" } as const;

const QUALIFIER_NOTES: Record<string, string> = {
  exact: "exact figure",
  approx: "approximate",
  at_least: "a lower bound",
  at_most: "an upper bound",
  up_to: "an upper bound",
  range: "a range",
  vague: "a vague amount",
};

/** The qualifier in words for tooltips: "approximate", "a lower bound". */
export function qualifierNote(qualifier: string): string {
  return QUALIFIER_NOTES[qualifier] ?? qualifier;
}

/** Chart heights, known before the chart's script arrives so the page keeps their space. */
const RANGE_ROW_HEIGHT = 44;
export const rangeChartHeight = (rows: number) => rows * RANGE_ROW_HEIGHT + 84;
export const TIMELINE_HEIGHT = 320;
