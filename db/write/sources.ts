import type { SqliteDatabase } from "../sqlite";

export interface AgencyRow {
  id: string;
  name: string;
  country: string | null;
  kind: string;
}

/** Makes the Source table match the gazetteer, so claims can refer to any agency in it. */
export function syncSources(db: SqliteDatabase, agencies: readonly AgencyRow[]): void {
  const upsert = db.prepare<AgencyRow>(
    `INSERT INTO "Source" ("id", "name", "country", "kind") VALUES (@id, @name, @country, @kind)
     ON CONFLICT ("id") DO UPDATE SET "name" = excluded."name", "country" = excluded."country", "kind" = excluded."kind"`,
  );
  db.transaction(() => agencies.forEach(({ id, name, country, kind }) => upsert.run({ id, name, country, kind }))).immediate();
}
