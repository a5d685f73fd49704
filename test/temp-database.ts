// A fresh SQLite file with every migration applied, for tests that need the real database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deployMigrations } from "../scripts/db/migrations";

export interface TempDatabase {
  file: string;
  url: string;
  remove: () => void;
}

export async function createTempDatabase(): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "triangulate-test-"));
  const file = path.join(dir, "test.db");
  await deployMigrations(file);
  return { file, url: `file:${file}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
