// What storing an extracted article costs on the ingest's writing thread, and
// how much of it the full-text indexes' triggers take: the same articles
// stored into two fresh databases, one with the triggers and one without.
// Measured in CPU time of this process, which a loaded machine disturbs far
// less than wall time.
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { AGENCIES } from "../../lib/sources/agencies";
import { extractClaims } from "../../lib/extract";
import { extractionInput } from "../../lib/articles/language";
import { openSqlite, type SqliteDatabase } from "../../db/sqlite";
import { syncSources } from "../../db/write/sources";
import { storeArticles, type ArticleWithClaims } from "../../db/write/store-article";
import { deployMigrations } from "../db/migrations";
import { prepareFile } from "../ingest/prepare-file";
import { Manifests } from "../manifests";

const BATCH = 250; // as scripts/ingest.ts writes a large run

async function extractArticles(corpus: string, count: number): Promise<{ items: ArticleWithClaims[]; cpuMs: number }> {
  const files = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort().slice(0, count).map((f) => path.join(corpus, f));
  const manifests = new Manifests(null, () => {});
  const items: ArticleWithClaims[] = [];
  const before = process.cpuUsage();
  for (const file of files) {
    const prepared = await prepareFile(file, manifests, 5 << 20, new Map());
    if (prepared.status !== "ready") continue;
    const input = extractionInput(prepared.article);
    items.push({ article: prepared.article, claims: input ? extractClaims(input) : [], metadataGiven: true });
  }
  const used = process.cpuUsage(before);
  return { items, cpuMs: (used.user + used.system) / 1000 };
}

/** Drops the triggers whose SQL holds `table` (a LIKE pattern): the upkeep whose cost is measured. */
function dropTriggers(db: SqliteDatabase, table: string) {
  const triggers = db.prepare(`SELECT "name" FROM sqlite_master WHERE type = 'trigger' AND "sql" LIKE ?`).pluck().all(`%${table}%`) as string[];
  for (const name of triggers) db.exec(`DROP TRIGGER "${name}"`);
}

async function storeCpuMs(items: readonly ArticleWithClaims[], dbFile: string, withSearch: boolean, table: string): Promise<number> {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  await deployMigrations(dbFile);
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `file:${path.resolve(dbFile)}`;
  const db = openSqlite();
  try {
    syncSources(db, AGENCIES);
    if (!withSearch) dropTriggers(db, table);
    const before = process.cpuUsage();
    for (let at = 0; at < items.length; at += BATCH) storeArticles(db, items.slice(at, at + BATCH));
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  } finally {
    db.close();
    process.env.DATABASE_URL = previous;
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  }
}

export interface StoreCost {
  articles: number;
  claims: number;
  /** CPU an article, the best of the rounds, with the full-text triggers and without them. */
  withSearchMs: number;
  withoutSearchMs: number;
  /** CPU an article of reading and extracting it, which the ingest spends beside the storing. */
  extractMs: number;
}

/**
 * Extracts `count` articles of a corpus once, then stores them `rounds` times
 * each way: with every trigger, and without those that write `table` (the
 * full-text indexes by default; "ClaimFacetRow" for the facets' narrow rows).
 */
export async function measureStoreCost(corpus: string, count: number, rounds = 3, table = "Search"): Promise<StoreCost> {
  const { items, cpuMs } = await extractArticles(corpus, count);
  const best = { with: Infinity, without: Infinity };
  for (let round = 0; round < rounds; round++) {
    best.with = Math.min(best.with, await storeCpuMs(items, "data/bench-store.db", true, table));
    best.without = Math.min(best.without, await storeCpuMs(items, "data/bench-store.db", false, table));
  }
  return {
    articles: items.length,
    claims: items.reduce((n, item) => n + item.claims.length, 0),
    withSearchMs: best.with / items.length,
    withoutSearchMs: best.without / items.length,
    extractMs: cpuMs / items.length,
  };
}
