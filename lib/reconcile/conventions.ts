// Every threshold the reconciliation uses, in one place, so that the numbers
// quoted in explanations and in the docs cannot drift from the code.

/**
 * Two points agree when they are at most 15% apart, relative to the larger.
 * Agencies round heavily ("about 10,000", "nearly 11,000"), and 15% absorbs
 * that rounding while still separating 5,000 from 50,000. A range is compared
 * by overlap, with no tolerance (lib/standing/verdict.ts).
 */
import { AGREEMENT_TOLERANCE as VERDICT_TOLERANCE } from "../standing/verdict";

export const AGREEMENT_TOLERANCE: number = VERDICT_TOLERANCE;

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

/**
 * Counts that only grow as events unfold (the dead, the injured, the
 * displaced, arrests, damaged buildings): two such figures for different days
 * describe different moments even a day apart, so a later, larger figure is
 * an update of the toll, whoever gives it, and not a contradiction.
 */
export const CUMULATIVE_CATEGORIES: ReadonlySet<string> = new Set(["casualties", "killed", "injured", "displaced", "detained", "damage", "captured", "deserters"]);

/**
 * Figures of one day's event (a protest's turnout): each day is its own
 * question, so Thursday's march is never compared with Saturday's.
 */
export const EVENT_DAY_CATEGORIES: ReadonlySet<string> = new Set(["participants"]);

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
