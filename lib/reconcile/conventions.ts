// Every threshold the reconciliation uses, in one place, so that the numbers
// quoted in explanations and in the docs cannot drift from the code.

/**
 * Two figures agree when the gap between their ranges is at most 15% of the
 * larger one. Agencies round heavily ("about 10,000", "nearly 11,000"), and
 * 15% absorbs that rounding while still separating 5,000 from 50,000.
 */
export const AGREEMENT_TOLERANCE = 0.15;

/**
 * Parts must add up to a total within 5%: tighter than agreement, because a
 * sum is searched among many pairs and a loose match would be found by chance.
 */
export const SUM_TOLERANCE = 0.05;

/**
 * Dated figures more than this many days apart describe different moments,
 * so a gap between them is change over time, not a contradiction.
 */
export const SAME_TIME_WINDOW_DAYS = 31;

// Caps that keep a question with 100,000 claims linear. Repeats are bucketed
// by (source, figure) in linear time first, so the caps only bound the
// pairwise comparisons between distinct figures.

/** Sources compared pairwise per question (those with the most claims). */
export const MAX_SOURCES_COMPARED = 30;
/** Most recent distinct figures per source (its current and previous one) compared with other sources. */
export const MAX_FIGURES_PER_SOURCE = 2;
/** Child questions searched for the parts of a sum, per source. */
export const MAX_CHILDREN_FOR_SUMS = 20;
/** Wider questions searched for the whole a figure is part of. */
export const MAX_ANCESTORS_FOR_PARTS = 8;
/** Relations kept per type and question; relationCounts keeps the true count. */
export const MAX_RELATIONS_PER_TYPE = 100;
/** Claim ids listed in one repeat relation; the explanation gives the full count. */
export const MAX_CLAIMS_PER_RELATION = 100;
