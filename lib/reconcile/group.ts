// Claims → questions. Assertions with the same key form a question; a denial,
// which usually names no figure, joins the question it denies. Every step is
// a hash lookup per claim or per distinct key, so grouping is linear after the
// id sort in describeClaims (n log n overall).
import { type ClaimFacts } from "./claim-facts";
import { PartsMemo } from "./parts-memo";
import { EVENT_DAY_CATEGORIES, MAX_ANCESTORS_FOR_PARTS } from "./conventions";
import { describeKey, keyOfClaim, keySlug, keyString, widerKeys, type KeyedClaim, type QuestionKey } from "./question-key";
import { shortHash, slugify } from "./text";
import { type Membership } from "./types";

export interface QuestionDraft {
  id: string;
  key: QuestionKey;
  /** Claims in id order. */
  members: ClaimFacts[];
  parentId: string | null;
  /** Existing wider questions, nearest first (the parent is the first). */
  widerIds: string[];
  childIds: string[];
}

export interface Grouping {
  drafts: QuestionDraft[];
  byId: Map<string, QuestionDraft>;
  memberships: Membership[];
  /** Assertions of each key (keyString): a key with none is no question's key unless a denial made it one. */
  assertionsOf: Map<string, number>;
}

interface KeyEntry {
  key: QuestionKey;
  assertions: number;
  wider: string[];
}

function keyClaims(facts: readonly ClaimFacts[]): KeyedClaim[] {
  const memo = new PartsMemo<KeyedClaim>();
  return facts.map(({ claim, story }) => {
    const { place, group, state } = claim.scope;
    const day = EVENT_DAY_CATEGORIES.has(claim.category) ? (claim.asOf ?? claim.published) : null;
    return memo.get([story, claim.category, claim.unit, claim.subject, place, group, state, day], () => keyOfClaim(claim, story));
  });
}

function linkWider(entries: Map<string, KeyEntry>, key: QuestionKey, keepSubject = false): string[] {
  const wider: string[] = [];
  for (const candidate of widerKeys(key, keepSubject)) {
    const candidateString = keyString(candidate);
    if (entries.has(candidateString)) wider.push(candidateString);
    if (wider.length >= MAX_ANCESTORS_FOR_PARTS) break;
  }
  return wider;
}

const familyOf = (key: QuestionKey) => `${key.story}|${key.category}|${key.subject === null ? "" : slugify(key.subject)}`;

/** A scope with no place said covers the same quantity at any place ("no troops were sent" covers troops in Russia). */
function placesUnder(scope: QuestionKey, candidate: QuestionKey): boolean {
  return (
    scope.place === null &&
    candidate.category === scope.category &&
    candidate.day === scope.day &&
    candidate.story === scope.story &&
    candidate.unit === scope.unit &&
    candidate.subject === scope.subject &&
    (scope.group === null || candidate.group === scope.group) &&
    (scope.state === null || candidate.state === scope.state)
  );
}

/**
 * The question a denial covers that carries the most figures: its own key or
 * a narrower one. A denial names the whole ("no troops were sent"), so it
 * belongs where the figures it denies are most reported, not beside a stray
 * figure that happens to share its vaguer key.
 */
function mostReportedCovered(scope: string, entries: Map<string, KeyEntry>, scopeKey?: QuestionKey): string | undefined {
  let best: { candidate: string; assertions: number } | undefined;
  for (const [candidate, entry] of entries) {
    const covered = candidate === scope || entry.wider.includes(scope) || (scopeKey !== undefined && placesUnder(scopeKey, entry.key));
    if (!covered || entry.assertions === 0) continue;
    const better =
      !best ||
      entry.assertions > best.assertions ||
      (entry.assertions === best.assertions && (candidate === scope || (best.candidate !== scope && candidate < best.candidate)));
    if (better) best = { candidate, assertions: entry.assertions };
  }
  return best?.candidate;
}

/**
 * Where a denial goes: the most reported question its own scope covers (its
 * key or a narrower one); failing that, the most reported question under the
 * nearest wider scope of the same subject; else the widest question of the
 * same category and subject (same unit, no parent, most claims); else a
 * question of its own. "Pyongyang denies sending troops" thus meets the
 * figures of North Korean troops it denies.
 */
function placeDenial(keyed: KeyedClaim, entries: Map<string, KeyEntry>, families: Map<string, string[]>): { target: string; reason: string } {
  const own = describeKey(keyed.key);
  // Its own scope first; then, scope by scope outwards, what each wider
  // question covers. A denial that names a place denies what happens there
  // ("no North Korean forces fight in Ukraine") and nothing beside it, so it
  // never climbs to a wider place where other figures sit.
  const scopes = keyed.key.place === null ? [keyed.keyString, ...linkWider(entries, keyed.key, true)] : [keyed.keyString];
  for (const scope of scopes) {
    const covered = mostReportedCovered(scope, entries, scope === keyed.keyString ? keyed.key : undefined);
    if (covered === keyed.keyString) return { target: covered, reason: `denial · ${own}` };
    if (covered !== undefined) {
      return { target: covered, reason: `denial · ${own} → joined the most reported question it covers (${describeKey(entries.get(covered)!.key)})` };
    }
  }
  if (keyed.key.place !== null) return { target: keyed.keyString, reason: `denial · ${own} (no figure for that place to compare with)` };
  const family = (families.get(familyOf(keyed.key)) ?? []).map((candidate) => ({ candidate, entry: entries.get(candidate)! }));
  family.sort(
    (a, b) =>
      Number(b.entry.key.unit === keyed.key.unit) - Number(a.entry.key.unit === keyed.key.unit) ||
      Number(a.entry.wider.length > 0) - Number(b.entry.wider.length > 0) ||
      b.entry.assertions - a.entry.assertions ||
      (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0),
  );
  const widest = family[0];
  if (widest !== undefined) {
    return { target: widest.candidate, reason: `denial · ${own} → joined the widest question of this subject it denies (${describeKey(widest.entry.key)})` };
  }
  return { target: keyed.keyString, reason: `denial · ${own} (no figure to compare with yet)` };
}

/** Slugs as ids; in the rare case two keys share a slug, the later key (in key order) gets a hash suffix. */
function assignIds(keyStrings: string[], entries: Map<string, KeyEntry>): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const candidate of [...keyStrings].sort()) {
    let id = keySlug(entries.get(candidate)!.key);
    if (taken.has(id)) id = `${id}-${shortHash(candidate)}`;
    taken.add(id);
    ids.set(candidate, id);
  }
  return ids;
}

/** Moves a claim out of the question grouping gave it (an analyst's decision); a question id not yet known is made with the same key. */
export type Relocate = (membership: Membership) => Membership;

export function groupClaims(facts: readonly ClaimFacts[], relocate?: Relocate): Grouping {
  const keyed = keyClaims(facts);
  const entries = new Map<string, KeyEntry>();
  keyed.forEach((claimKey, index) => {
    if (facts[index]!.denies) return;
    const entry = entries.get(claimKey.keyString);
    if (entry) entry.assertions += 1;
    else entries.set(claimKey.keyString, { key: claimKey.key, assertions: 1, wider: [] });
  });
  const families = new Map<string, string[]>();
  for (const [candidate, entry] of entries) {
    entry.wider = linkWider(entries, entry.key);
    const family = families.get(familyOf(entry.key));
    if (family) family.push(candidate);
    else families.set(familyOf(entry.key), [candidate]);
  }

  const targets: string[] = [];
  const reasons: string[] = [];
  // Every denial with the same key lands in the same place: decide once.
  const denialPlacements = new Map<string, { target: string; reason: string }>();
  keyed.forEach((claimKey, index) => {
    if (!facts[index]!.denies) {
      targets.push(claimKey.keyString);
      reasons.push(claimKey.reason);
      return;
    }
    let placed = denialPlacements.get(claimKey.keyString);
    if (!placed) denialPlacements.set(claimKey.keyString, (placed = placeDenial(claimKey, entries, families)));
    if (!entries.has(placed.target)) entries.set(placed.target, { key: claimKey.key, assertions: 0, wider: [] });
    targets.push(placed.target);
    reasons.push(placed.reason);
  });

  const ids = assignIds([...entries.keys()], entries);
  const byId = new Map<string, QuestionDraft>();
  for (const [candidate, entry] of entries) {
    const widerIds = entry.wider.map((wider) => ids.get(wider)!);
    byId.set(ids.get(candidate)!, { id: ids.get(candidate)!, key: entry.key, members: [], parentId: widerIds[0] ?? null, widerIds, childIds: [] });
  }
  const memberships: Membership[] = facts.map((fact, index) => {
    const grouped = { claimId: fact.id, questionId: ids.get(targets[index]!)!, reason: reasons[index]! };
    const membership = relocate ? relocate(grouped) : grouped;
    if (!byId.has(membership.questionId)) {
      const from = byId.get(grouped.questionId)!;
      byId.set(membership.questionId, { ...from, id: membership.questionId, members: [], widerIds: [...from.widerIds], childIds: [] });
    }
    byId.get(membership.questionId)!.members.push(fact);
    return membership;
  });
  if (relocate) dropEmptyDrafts(byId);
  const drafts = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const draft of drafts) if (draft.parentId !== null) byId.get(draft.parentId)!.childIds.push(draft.id);
  const assertionsOf = new Map([...entries].map(([candidate, entry]) => [candidate, entry.assertions]));
  return { drafts, byId, memberships, assertionsOf };
}

/** Questions left without claims by an analyst's moves go, and the questions narrower than them link to the next wider one that stays. */
function dropEmptyDrafts(byId: Map<string, QuestionDraft>) {
  for (const [id, draft] of byId) if (draft.members.length === 0) byId.delete(id);
  for (const draft of byId.values()) {
    draft.widerIds = draft.widerIds.filter((id) => byId.has(id) && id !== draft.id);
    draft.parentId = draft.widerIds[0] ?? null;
  }
}
