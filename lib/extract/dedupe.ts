// Stage 12: one claim per figure per source. A figure repeated in the
// headline, the lead and the body is one claim with several mentions; the
// occurrence that names a source is the main quote. An occurrence with no
// source joins the nearest occurrence of the same figure that has one; the
// same figure from two different sources stays two claims.
import type { ExtractedClaim } from "../claims/claim";

function figureKey(c: ExtractedClaim): string {
  return `${c.stance}|${c.unit}|${c.value.low}|${c.value.high}`;
}

/** Same thing counted from the same number, whatever modifier came with it. */
function sameFigure(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return a.stance === b.stance && a.unit === b.unit && a.value.best !== null && a.value.best === b.value.best;
}

/**
 * "15 000 à Lyon (5 000 selon la préfecture), … 5 000 à Strasbourg": one
 * sentence giving the same figure for two places gives two claims. Across
 * sentences a headline's wider place ("in Russia") and the body's narrower
 * one ("in Kursk") still name one figure.
 */
function samePlace(group: readonly ExtractedClaim[], c: ExtractedClaim, sentenceOf: ReadonlyMap<ExtractedClaim, number>, inTextOrder: boolean): boolean {
  if (!c.scope.place) return true;
  const sentence = sentenceOf.get(c);
  // As in `sameSubject`: only the claims of c's sentence can differ, and in text order they end the group.
  for (let i = group.length - 1; i >= 0; i--) {
    const o = group[i] as ExtractedClaim;
    const here = sentenceOf.get(o) === sentence;
    if (here && o.scope.place && o.scope.place !== c.scope.place) return false;
    if (!here && inTextOrder) break;
  }
  return true;
}

/**
 * "one Japanese citizen, one Indonesian": one sentence giving the same figure
 * for two peoples gives two claims. Across sentences one people is often
 * named two ways ("North Korean troops", "soldiers from Pyongyang").
 */
function sameSubject(group: readonly ExtractedClaim[], c: ExtractedClaim, sentenceOf: ReadonlyMap<ExtractedClaim, number>, inTextOrder: boolean): boolean {
  if (!c.subject) return true;
  const sentence = sentenceOf.get(c);
  // A group filled in text order ends with c's sentence: looking back to the first other sentence is enough,
  // so a figure repeated 50,000 times costs no more per mention.
  for (let i = group.length - 1; i >= 0; i--) {
    const o = group[i] as ExtractedClaim;
    const here = sentenceOf.get(o) === sentence;
    if (here && o.subject && o.subject !== c.subject) return false;
    if (!here && inTextOrder) break;
  }
  return true;
}

const joins = (group: readonly ExtractedClaim[], c: ExtractedClaim, sentenceOf: ReadonlyMap<ExtractedClaim, number>, inTextOrder = false) =>
  samePlace(group, c, sentenceOf, inTextOrder) && sameSubject(group, c, sentenceOf, inTextOrder);

function nearest(groups: ExtractedClaim[][], at: number): ExtractedClaim[] | undefined {
  let best: ExtractedClaim[] | undefined;
  let distance = Infinity;
  for (const g of groups) {
    for (const c of g) {
      const d = Math.abs(c.start - at);
      if (d < distance) {
        distance = d;
        best = g;
      }
    }
  }
  return best;
}

function fillGaps(main: ExtractedClaim, others: ExtractedClaim[], categoryFromCue: Map<ExtractedClaim, boolean>): ExtractedClaim {
  const merged: ExtractedClaim = { ...main, scope: { ...main.scope } };
  for (const o of others) {
    if (!categoryFromCue.get(merged) && categoryFromCue.get(o)) {
      merged.category = o.category;
      categoryFromCue.set(merged, true);
    }
    merged.subject ??= o.subject;
    merged.scope.place ??= o.scope.place;
    merged.scope.group ??= o.scope.group;
    merged.scope.state ??= o.scope.state;
    if (!merged.asOf && o.asOf) {
      merged.asOf = o.asOf;
      merged.asOfPrecision = o.asOfPrecision;
    }
  }
  // "11 000" in one sentence and "près de 11 000" in another are one rounded
  // figure: the approximate reading is the one the article gives.
  if (merged.qualifier === "exact" && others.some((o) => o.qualifier === "approx" && o.value.best === merged.value.best)) merged.qualifier = "approx";
  merged.mentions = others.map((o) => ({ start: o.start, end: o.end }));
  return merged;
}

const namesNoFigure = (c: ExtractedClaim) => c.stance === "denies" && c.value.low === null && c.value.high === null;

/**
 * "Un syndicat de police conteste le comptage" over the body's "Le syndicat
 * Unité SGP police s'élève contre le chiffrage": a headline that denies with
 * no figure announces the article's next denial, whoever each credits.
 */
function headlineDenial(claims: readonly ExtractedClaim[], sentenceOf: ReadonlyMap<ExtractedClaim, number>): { headline: ExtractedClaim; body: ExtractedClaim } | null {
  const headline = claims.find((c) => sentenceOf.get(c) === 0 && namesNoFigure(c));
  const body = headline && claims.find((c) => c !== headline && c.start > headline.start && namesNoFigure(c));
  return headline && body ? { headline, body } : null;
}

/** Claims in text order, merged as described above. */
export function dedupeClaims(
  claims: ExtractedClaim[],
  categoryFromCue: Map<ExtractedClaim, boolean>,
  restated: ReadonlySet<ExtractedClaim> = new Set(),
  sentenceOf: ReadonlyMap<ExtractedClaim, number> = new Map(),
): ExtractedClaim[] {
  const announced = headlineDenial(claims, sentenceOf);
  const byFigure = new Map<string, { sourced: Map<string, ExtractedClaim[][]>; unsourced: ExtractedClaim[] }>();
  for (const c of claims) {
    if (c === announced?.headline) continue;
    const key = figureKey(c);
    let entry = byFigure.get(key);
    if (!entry) byFigure.set(key, (entry = { sourced: new Map(), unsourced: [] }));
    // "The two men", "les 18 soldats": a definite restatement joins the figure given before, whoever is credited near it.
    if (restated.has(c) && (entry.sourced.size > 0 || entry.unsourced.length > 0)) {
      const earlier = [...entry.sourced.values()].flat().find((g) => g.some((o) => o.start < c.start));
      if (earlier) earlier.push(c);
      else entry.unsourced.push(c);
      continue;
    }
    // "more than 13,000 containers … the 13,000 containers": the same figure without its modifier.
    const bounded = restated.has(c) ? claims.find((o) => o.start < c.start && !restated.has(o) && sameFigure(o, c)) : undefined;
    const boundedEntry = bounded ? byFigure.get(figureKey(bounded)) : undefined;
    if (bounded && boundedEntry) {
      const group = bounded.source ? boundedEntry.sourced.get(bounded.source.id)?.find((g) => g.includes(bounded)) : boundedEntry.unsourced;
      group?.push(c);
      continue;
    }
    if (c.source) {
      const groups = entry.sourced.get(c.source.id) ?? [];
      const group = groups.find((g) => joins(g, c, sentenceOf, true));
      if (group) group.push(c);
      else groups.push([c]);
      entry.sourced.set(c.source.id, groups);
    } else entry.unsourced.push(c);
  }
  const out: ExtractedClaim[] = [];
  for (const { sourced, unsourced } of byFigure.values()) {
    const groups = [...sourced.values()].flat();
    for (const c of unsourced) {
      const group = nearest(groups.filter((g) => joins(g, c, sentenceOf)), c.start);
      if (group) group.push(c);
      else groups.push([c]);
    }
    for (const group of groups) {
      group.sort((a, b) => a.start - b.start);
      const main = group.find((c) => c.source) ?? (group[0] as ExtractedClaim);
      const merged = fillGaps(main, group.filter((c) => c !== main), categoryFromCue);
      out.push(merged);
    }
  }
  if (announced) {
    const body = out.find((c) => c.start === announced.body.start && namesNoFigure(c));
    body?.mentions.unshift({ start: announced.headline.start, end: announced.headline.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
