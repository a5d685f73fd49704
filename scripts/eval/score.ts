// Scoring one dev set: which predicted claims match the gold ones, and how
// often the matched ones have the right source, stance and as-of date.
// Pure: gold and predicted claims in, counts out.
//
// A predicted claim matches a gold one when it is in the same file, one of its
// spans (quote or further mentions) overlaps the gold span, and
// - for a gold assertion: it asserts, with the gold's low and high values;
// - for a gold denial: it denies (whatever figure it links to).
// Source right: both null, or the predicted id or name is one of the gold's
// accepted names once folded the way a reader reads them. As-of right: the
// predicted date agrees with the gold's to the gold's precision; a gold claim
// with no as-of date (the text ties the figure to no day) is not scored.
import type { ExtractedClaim, SourceRef } from "../../lib/claims/claim";
import type { GoldClaim } from "./gold";
import { SEED_SOURCE_IDS } from "./seed-sources";

export interface Ratio {
  right: number;
  of: number;
}

export interface SetScore {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  source: Ratio;
  denials: Ratio;
  asOf: Ratio;
}

export interface ScoredSet extends SetScore {
  matches: [GoldClaim, ExtractedClaim][];
  misses: GoldClaim[];
  falsePositives: ExtractedClaim[];
}

// Words a reader skips when comparing names: "la CGT" is "CGT", "the Kremlin" is "Kremlin".
const SKIPPED_WORDS = new Set(["le", "la", "les", "l", "the", "a", "an", "de", "des", "du", "d", "of", "s"]);

/** A name folded for comparison: case, accents, punctuation and determiners ignored. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !SKIPPED_WORDS.has(word))
    .join(" ");
}

/** The names a reader accepts for a gold claim's speaker; null when the article speaks in its own voice. */
export function acceptedNames(g: GoldClaim): string[] | null {
  if (g.source !== undefined) return g.source;
  if (!g.attributed_to) return null;
  return [SEED_SOURCE_IDS[g.attributed_to] ?? g.attributed_to];
}

export function sourceIsRight(accepted: string[] | null, source: SourceRef | null): boolean {
  if (!accepted || !source) return !accepted && !source;
  const given = new Set([foldName(source.id), foldName(source.name)]);
  return accepted.some((name) => given.has(foldName(name)));
}

/** Null when the gold ties the figure to no date, so there is nothing to score. */
export function asOfIsRight(gold: string | null, predicted: string | null): boolean | null {
  if (!gold) return null;
  return predicted !== null && predicted.startsWith(gold);
}

function overlaps(c: ExtractedClaim, g: GoldClaim): boolean {
  return c.file === g.file && [{ start: c.start, end: c.end }, ...c.mentions].some((s) => s.start < g.end && g.start < s.end);
}

function sameFigure(c: ExtractedClaim, g: GoldClaim): boolean {
  if (g.stance === "denies") return c.stance === "denies";
  return c.stance === "asserts" && c.value.low === g.value_low && c.value.high === g.value_high;
}

const ratio = (items: boolean[]): Ratio => ({ right: items.filter(Boolean).length, of: items.length });

function withRates(counts: Omit<SetScore, "precision" | "recall" | "f1">): SetScore {
  const precision = counts.predicted ? counts.matched / counts.predicted : 0;
  const recall = counts.gold ? counts.matched / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

export function scoreSet(gold: GoldClaim[], predicted: ExtractedClaim[], articles: number): ScoredSet {
  const used = new Set<ExtractedClaim>();
  const matches: [GoldClaim, ExtractedClaim][] = [];
  const misses: GoldClaim[] = [];
  for (const g of gold) {
    const hit = predicted.find((c) => !used.has(c) && overlaps(c, g) && sameFigure(c, g));
    if (!hit) {
      misses.push(g);
      continue;
    }
    used.add(hit);
    matches.push([g, hit]);
  }
  const matchedDenials = new Set(matches.map(([g]) => g));
  const asOf = matches.map(([g, c]) => asOfIsRight(g.as_of, c.asOf)).filter((ok): ok is boolean => ok !== null);
  return {
    ...withRates({
      articles,
      gold: gold.length,
      predicted: predicted.length,
      matched: matches.length,
      source: ratio(matches.map(([g, c]) => sourceIsRight(acceptedNames(g), c.source))),
      denials: ratio(gold.filter((g) => g.stance === "denies").map((g) => matchedDenials.has(g))),
      asOf: ratio(asOf),
    }),
    matches,
    misses,
    falsePositives: predicted.filter((c) => !used.has(c)),
  };
}

/** Several sets pooled: counts added, rates computed again from the sums. */
export function poolScores(scores: SetScore[]): SetScore {
  const add = (pick: (s: SetScore) => Ratio): Ratio => ({
    right: scores.reduce((n, s) => n + pick(s).right, 0),
    of: scores.reduce((n, s) => n + pick(s).of, 0),
  });
  const sum = (pick: (s: SetScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  return withRates({
    articles: sum((s) => s.articles),
    gold: sum((s) => s.gold),
    predicted: sum((s) => s.predicted),
    matched: sum((s) => s.matched),
    source: add((s) => s.source),
    denials: add((s) => s.denials),
    asOf: add((s) => s.asOf),
  });
}
