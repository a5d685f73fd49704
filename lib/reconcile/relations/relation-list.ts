// Collects one question's relations with a cap per type, while still counting
// every relation found, so the dashboard can say "100 of 4,210 shown".
import { MAX_RELATIONS_PER_TYPE } from "../conventions";
import { RELATION_TYPES, type Relation, type RelationType } from "../types";

export interface RelationList {
  /** Counts the relation; builds it (text and all) only while under the cap. */
  add(type: RelationType, build: () => Omit<Relation, "type">): void;
  relations(): Relation[];
  counts(): Record<RelationType, number>;
}

export function emptyRelationCounts(): Record<RelationType, number> {
  return Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as Record<RelationType, number>;
}

export function createRelationList(): RelationList {
  const kept: Relation[] = [];
  const counts = emptyRelationCounts();
  return {
    add(type, build) {
      counts[type] += 1;
      if (counts[type] <= MAX_RELATIONS_PER_TYPE) kept.push({ type, ...build() });
    },
    relations: () => [...kept].sort((a, b) => RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type)),
    counts: () => ({ ...counts }),
  };
}
