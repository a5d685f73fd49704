// Speakers the gazetteer lacks are stored as sources of their own when their
// articles are ingested: through the real command into a real SQLite file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runScript } from "../../test/run-cli";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";

interface SourceRow {
  id: string;
  name: string;
  kind: string;
  origin: string;
  names: string;
  claimCount: number;
}

const ARTICLES: Record<string, string> = {
  "lille.txt": "Grève à Lille\n\nSelon la préfecture du Nord, 4 200 manifestants ont défilé jeudi à Lille. La Confédération générale du travail (CGT) a compté 15 000 manifestants.",
  "rennes.txt": "Grève à Rennes\n\nLa CGT a revendiqué 9 000 manifestants à Rennes, 3 500 selon la préfecture d'Ille-et-Vilaine.",
};

describe("sources found in the articles", () => {
  let db: TempDatabase;
  let dir: string;
  beforeEach(async () => {
    db = await createTempDatabase();
    dir = mkdtempSync(path.join(tmpdir(), "triangulate-sources-"));
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(dir, name), text);
  });
  afterEach(() => {
    db.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores each new speaker once, with its kind and every name the articles gave it", () => {
    const run = runScript("scripts/ingest.ts", [dir], db.url);
    expect(run.code, run.stderr).toBe(0);
    const reader = new Database(db.file, { readonly: true });
    const rows = reader.prepare(`SELECT "id", "name", "kind", "origin", "names", "claimCount" FROM "Source" WHERE "origin" = 'text' ORDER BY "id"`).all() as SourceRow[];
    const gazetteer = reader.prepare(`SELECT COUNT(*) AS n FROM "Source" WHERE "origin" = 'gazetteer'`).get() as { n: number };
    reader.close();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect([...byId.keys()]).toEqual(["cgt", "prefecture-d-ille-et-vilaine", "prefecture-du-nord"]);
    const cgt = byId.get("cgt");
    expect([cgt?.kind, cgt?.claimCount]).toEqual(["union", 2]);
    expect(JSON.parse(cgt?.names ?? "[]")).toEqual(expect.arrayContaining(["La Confédération générale du travail", "La CGT"]));
    expect(byId.get("prefecture-du-nord")?.kind).toBe("police");
    expect(gazetteer.n).toBeGreaterThan(20);
  });
});
