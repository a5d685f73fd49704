// How widely each voice's figures on a question were carried, over the
// question and its narrower questions: the comparison table's "articles" and
// "outlets" columns and its "articles behind it". Regrouping computes it once
// for every question from the claims it already holds (db/write/rebuild-questions.ts),
// so that the question page reads it instead of counting a third of a million
// claims; the page counts only where nothing is stored yet.
import { z } from "zod";
import { voiceKey, type SourceReach } from "./question-input";

/** The deepest a question's parts are looked for, and how many are kept: the comparison table's limits. */
export const MAX_PART_DEPTH = 4;
export const MAX_PARTS = 200;
/** A level of parts is looked up for this many parents at most (the bound values of one statement). */
export const PARENTS_PER_LEVEL = 500;

/**
 * The narrower questions of a question as the comparison table takes them:
 * level by level (a region's first contingent is a part too), each level in
 * id order, at most MAX_PARTS in all. `children` gives each question's
 * children in id order.
 */
export function partsOf(id: string, children: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = [];
  let frontier = [id];
  for (let depth = 0; depth < MAX_PART_DEPTH && frontier.length && found.length < MAX_PARTS; depth++) {
    const level = frontier.slice(0, PARENTS_PER_LEVEL).flatMap((parent) => children.get(parent) ?? []).sort(byCodePoint);
    found.push(...level.slice(0, MAX_PARTS - found.length));
    frontier = level;
  }
  return found;
}

/** SQLite's order of text (its bytes in UTF-8), which is the order of code points. */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export interface ReachClaim {
  articleId: number;
  outlet: string | null;
  sourceId: string | null;
}

export interface QuestionReach {
  /** By voice key (see voiceKey). */
  reach: Map<string, SourceReach>;
  /** Distinct articles among all the claims. */
  articleCount: number;
}

/** Distinct articles and outlets (a claim with no outlet counts for none) of each voice, and distinct articles in all. */
export function reachOf(claims: Iterable<ReachClaim>): QuestionReach {
  const voices = new Map<string, { articles: Set<number>; outlets: Set<string> }>();
  const articles = new Set<number>();
  for (const claim of claims) {
    const key = voiceKey(claim.sourceId, claim.outlet);
    let voice = voices.get(key);
    if (!voice) voices.set(key, (voice = { articles: new Set(), outlets: new Set() }));
    voice.articles.add(claim.articleId);
    if (claim.outlet !== null) voice.outlets.add(claim.outlet);
    articles.add(claim.articleId);
  }
  const reach = new Map([...voices].map(([key, v]) => [key, { articles: v.articles.size, outlets: v.outlets.size }]));
  return { reach, articleCount: articles.size };
}

/** The stored form: {"articles": n, "voices": {key: [articles, outlets]}}. */
const storedReachSchema = z.object({
  articles: z.number().int().min(0),
  voices: z.record(z.string(), z.tuple([z.number().int().min(0), z.number().int().min(0)])),
});

export function serializeReach({ reach, articleCount }: QuestionReach): string {
  return JSON.stringify({ articles: articleCount, voices: Object.fromEntries([...reach].map(([key, r]) => [key, [r.articles, r.outlets]])) });
}

/** The stored reach, or null when none is stored (a question regrouped before it was kept) or it cannot be read. */
export function parseReach(stored: string | null): QuestionReach | null {
  if (stored === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = storedReachSchema.safeParse(json);
  if (!parsed.success) return null;
  const reach = new Map(Object.entries(parsed.data.voices).map(([key, [articles, outlets]]) => [key, { articles, outlets }]));
  return { reach, articleCount: parsed.data.articles };
}

/** What regrouping knows of a question and of each of its claims. */
export interface GroupedQuestion {
  id: string;
  parentId: string | null;
}
export interface GroupedClaim {
  articleId: number;
  outlet: string | null;
  source: { id: string } | null;
}

/** The reach of every question (or of those `only` names) over itself and its parts, from each question's own claims. */
export function reachOfQuestions(
  questions: readonly GroupedQuestion[],
  claimsOf: ReadonlyMap<string, readonly GroupedClaim[]>,
  only?: ReadonlySet<string>,
): Map<string, QuestionReach> {
  const children = new Map<string, string[]>();
  for (const q of questions) if (q.parentId !== null) children.set(q.parentId, [...(children.get(q.parentId) ?? []), q.id]);
  for (const ids of children.values()) ids.sort(byCodePoint);
  function* claimsIn(ids: readonly string[]): Generator<ReachClaim> {
    for (const id of ids) for (const c of claimsOf.get(id) ?? []) yield { articleId: c.articleId, outlet: c.outlet, sourceId: c.source?.id ?? null };
  }
  const wanted = only ? questions.filter((q) => only.has(q.id)) : questions;
  return new Map(wanted.map((q) => [q.id, reachOf(claimsIn([q.id, ...partsOf(q.id, children)]))]));
}
