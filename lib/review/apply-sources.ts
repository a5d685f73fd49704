// Decisions on sources laid over the registry: a new name, kind or country,
// and merges (the merged source's name becomes an alias of the one it joins).
import { type SourceRef } from "../claims/claim";
import { type AgencyKind } from "../sources/agencies";
import { type SourceDecision } from "./decisions";

export interface RegistrySource {
  id: string;
  name: string;
  country: string | null;
  kind: string;
}

export interface SourceReview {
  /** The registry rows as the decisions leave them, with aliases; merged-away sources keep their row. */
  sources: (RegistrySource & { aliases: string[] })[];
  /** A claim's source as it stands after merges and renames. */
  resolve(ref: SourceRef | null): SourceRef | null;
  /** Ids whose claims change under resolve(): the only claims to rewrite. */
  affected: Set<string>;
  orphans: number[];
}

export function reviewSources(registry: readonly RegistrySource[], decisions: readonly SourceDecision[]): SourceReview {
  const rows = new Map(registry.map((s) => [s.id, { ...s, aliases: [] as string[] }]));
  const merges = new Map<string, string>();
  const affected = new Set<string>();
  const orphans: number[] = [];
  for (const decision of [...decisions].sort((a, b) => a.id - b.id)) {
    const row = rows.get(decision.sourceId);
    if (!row) {
      orphans.push(decision.id);
      continue;
    }
    if (decision.action === "source_rename") {
      row.name = decision.name;
      affected.add(row.id);
    } else if (decision.action === "source_set") {
      row.kind = decision.kind satisfies AgencyKind;
      row.country = decision.country;
    } else if (!rows.has(decision.into)) {
      orphans.push(decision.id);
    } else {
      merges.set(decision.sourceId, decision.into);
      affected.add(decision.sourceId);
    }
  }
  const finalId = (id: string) => {
    const seen = new Set([id]);
    let current = id;
    for (let next = merges.get(current); next !== undefined && !seen.has(next); next = merges.get(current)) seen.add((current = next));
    return current;
  };
  for (const from of merges.keys()) {
    const into = rows.get(finalId(from))!;
    const merged = rows.get(from)!;
    if (into.id !== from) into.aliases.push(merged.name, ...merged.aliases.filter((alias) => alias !== into.name));
  }
  for (const row of rows.values()) row.aliases = [...new Set(row.aliases)];
  return {
    sources: [...rows.values()],
    resolve(ref) {
      if (!ref || !affected.has(ref.id)) return ref;
      const row = rows.get(finalId(ref.id));
      return row ? { id: row.id, name: row.name } : ref;
    },
    affected,
    orphans,
  };
}
