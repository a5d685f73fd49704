// Each row's relation to the other sources, from the question's stored
// relations, grouped by kind: "agrees with ISW and NIS; denied by Kremlin and
// North Korean government".
import type { Relation } from "../reconcile/types";
import { voiceKey, type ClaimVoice } from "./question-input";

/** "GUR" for "Ukraine's Defence Intelligence (GUR)", "Kremlin" for "Kremlin (Russian presidency)". */
export function shortSourceName(name: string): string {
  const match = /^(.*?)\s*\(([^()]+)\)$/.exec(name);
  if (!match) return name;
  return /^[A-Z0-9&.-]{2,10}$/.test(match[2]!) ? match[2]! : match[1]!;
}

const listed = (names: string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

type Verbs = [forFirst: string, forSecond: string];

// Relations name their claims in the order their explanation reads them.
function verbsFor(relation: Relation, first: ClaimVoice): Verbs | null {
  switch (relation.type) {
    case "agrees":
      return ["agrees with", "agrees with"];
    case "contradicts":
      return first.stance === "denies" ? ["denies the figures of", "denied by"] : ["contradicts", "contradicts"];
    case "part_of":
      return ["a part of the figures of", "has a part from"];
    default:
      return null;
  }
}

/** The claims of a relation that its phrases read: the first two (who relates to whom) and the last (whose update or sum it is). */
export function relationClaimIds(relation: Relation): number[] {
  return [...new Set([relation.claims[0], relation.claims[1], relation.claims.at(-1)])].filter((id) => id !== undefined);
}

export const SUM_PHRASE = "its parts add up to its total";
const OWN_WORDS: Partial<Record<Relation["type"], string>> = { update: "updated its own earlier figure", sum: SUM_PHRASE };
// The order a reader takes in: agreement, then conflict, then structure.
const VERB_ORDER = ["agrees with", "contradicts", "denies the figures of", "denied by", "a part of the figures of", "has a part from"];

export type LeadFigure = Pick<ClaimVoice, "low" | "high" | "stance">;

const sameFigure = (a: LeadFigure, b: LeadFigure) => a.low === b.low && a.high === b.high && a.stance === b.stance;

/**
 * Relation phrases by voice key, each kind said once with every source it
 * involves. A row speaks for its source's latest figure (its lead): a relation
 * of one of the source's other figures is not that row's, or a source with two
 * figures would both agree and contradict another.
 */
export function relationPhrases(
  relations: readonly Relation[],
  claims: ReadonlyMap<number, ClaimVoice>,
  names: ReadonlyMap<string, string>,
  leads: ReadonlyMap<string, LeadFigure> = new Map(),
): Map<string, string[]> {
  const byVoice = new Map<string, { verbs: Map<string, Set<string>>; own: Set<string> }>();
  const entry = (key: string) => byVoice.get(key) ?? byVoice.set(key, { verbs: new Map(), own: new Set() }).get(key)!;
  const claimOf = (id: number | undefined) => (id === undefined ? undefined : claims.get(id));
  const keyOf = (claim: ClaimVoice) => voiceKey(claim.sourceId, claim.outlet);
  const nameOf = (key: string) => shortSourceName(names.get(key) ?? key);
  for (const relation of relations) {
    const last = claimOf(relation.claims.at(-1));
    const own = OWN_WORDS[relation.type];
    if (own && last) entry(keyOf(last)).own.add(own);
    const [first, second] = [claimOf(relation.claims[0]), claimOf(relation.claims[1])];
    const verbs = first && verbsFor(relation, first);
    if (!verbs || !first || !second || keyOf(first) === keyOf(second)) continue;
    const notLead = (claim: ClaimVoice) => {
      const lead = leads.get(keyOf(claim));
      return lead !== undefined && !sameFigure(lead, claim);
    };
    if (notLead(first) || notLead(second)) continue;
    const [a, b] = [keyOf(first), keyOf(second)];
    const add = (key: string, verb: string, other: string) => {
      const { verbs: map } = entry(key);
      map.set(verb, (map.get(verb) ?? new Set()).add(nameOf(other)));
    };
    add(a, verbs[0], b);
    add(b, verbs[1], a);
  }
  return new Map(
    [...byVoice].map(([key, { verbs, own }]) => [
      key,
      [...VERB_ORDER.filter((verb) => verbs.has(verb)).map((verb) => `${verb} ${listed([...verbs.get(verb)!].sort())}`), ...[...own].sort()],
    ]),
  );
}
