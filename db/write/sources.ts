import type { ExtractedClaim } from "../../lib/claims/claim";
import type { SqliteDatabase } from "../sqlite";

export interface AgencyRow {
  id: string;
  name: string;
  country: string | null;
  kind: string;
  /** The names the gazetteer lists for it, by language, and its people. */
  aliases?: { fr: readonly string[]; en: readonly string[] };
  people?: readonly string[];
}

/**
 * Makes the Source table match the gazetteer, so claims can refer to any agency in it.
 * A source an analyst renamed or re-kinded keeps what the analyst gave it; the gazetteer's
 * fields go aside (in "registry"), where the next regroup and any undo start from.
 */
export function syncSources(db: SqliteDatabase, agencies: readonly AgencyRow[]): void {
  const upsert = db.prepare<{ id: string; name: string; country: string | null; kind: string; names: string }>(
    `INSERT INTO "Source" ("id", "name", "country", "kind", "names", "origin") VALUES (@id, @name, @country, @kind, @names, 'gazetteer')
     ON CONFLICT ("id") DO UPDATE SET
       "name" = IIF("registry" IS NULL, excluded."name", "name"), "country" = IIF("registry" IS NULL, excluded."country", "country"),
       "kind" = IIF("registry" IS NULL, excluded."kind", "kind"),
       "registry" = IIF("registry" IS NULL, NULL, json_object('name', excluded."name", 'kind', excluded."kind", 'country', excluded."country")),
       "names" = excluded."names", "origin" = 'gazetteer'`,
  );
  db.transaction(() =>
    agencies.forEach(({ id, name, country, kind, aliases, people }) =>
      upsert.run({ id, name, country, kind, names: JSON.stringify([...new Set([...(aliases?.fr ?? []), ...(aliases?.en ?? []), ...(people ?? [])])]) }),
    ),
  ).immediate();
}

interface FoundRow {
  id: string;
  name: string;
  kind: string;
  aliases: Set<string>;
}

/** The sources the claims credit that are not yet stored: one row each, with the names the articles gave it. */
function foundIn(claims: readonly ExtractedClaim[]): FoundRow[] {
  const byId = new Map<string, FoundRow>();
  for (const { source } of claims) {
    if (!source?.kind || !source.aliases) continue;
    const row = byId.get(source.id) ?? { id: source.id, name: source.name, kind: source.kind, aliases: new Set<string>() };
    for (const alias of source.aliases ?? []) row.aliases.add(alias);
    byId.set(source.id, row);
  }
  return [...byId.values()];
}

/**
 * Adds the speakers the articles name that the gazetteer lacks, so claims can
 * refer to them; a source stored before keeps its name and kind and gains the
 * new names. Runs inside the caller's transaction.
 */
export function storeFoundSources(db: SqliteDatabase, claims: readonly ExtractedClaim[]): void {
  const rows = foundIn(claims);
  if (!rows.length) return;
  const read = db.prepare<[string], { names: string }>(`SELECT "names" FROM "Source" WHERE "id" = ?`);
  const insert = db.prepare<{ id: string; name: string; kind: string; names: string }>(
    `INSERT INTO "Source" ("id", "name", "country", "kind", "names", "origin") VALUES (@id, @name, NULL, @kind, @names, 'text')`,
  );
  const update = db.prepare<{ id: string; names: string }>(`UPDATE "Source" SET "names" = @names WHERE "id" = @id`);
  for (const row of rows) {
    const stored = read.get(row.id);
    if (!stored) {
      insert.run({ id: row.id, name: row.name, kind: row.kind, names: JSON.stringify([...row.aliases]) });
      continue;
    }
    const before = JSON.parse(stored.names) as string[];
    const merged = [...new Set([...before, ...row.aliases])];
    if (merged.length !== before.length) update.run({ id: row.id, names: JSON.stringify(merged) });
  }
}
