// The sources page draws only its most-quoted rows and cards: what it draws
// must be exactly those rows of the full table, and its counts the full table's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../../test/run-cli";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";
import type { fetchSourcesOverview as FetchSourcesOverview } from "./sources";
import type { fetchCrossComparison as FetchCrossComparison } from "./comparison";

const NO_FILTERS = { source: [], category: undefined, from: undefined, to: undefined };

let db: TempDatabase;
let fetchSourcesOverview: typeof FetchSourcesOverview;
let fetchCrossComparison: typeof FetchCrossComparison;

beforeAll(async () => {
  db = await createTempDatabase();
  const loaded = runScript("scripts/ingest.ts", ["seeds"], db.url);
  expect(loaded.code, loaded.stderr).toBe(0);
  process.env.DATABASE_URL = db.url;
  ({ fetchSourcesOverview } = await import("./sources"));
  ({ fetchCrossComparison } = await import("./comparison"));
}, 120_000);

afterAll(() => db?.remove());

describe("the sources overview under limits", () => {
  it("draws the most-quoted rows and cards of the full table, in its order, and counts every source of it", async () => {
    const { table: full } = await fetchCrossComparison(NO_FILTERS, 24);
    expect(full.rows.length, "the seeds credit more sources than the limits below keep").toBeGreaterThan(3);
    const capped = await fetchSourcesOverview(NO_FILTERS, { questions: 24, rows: 3, cards: 2 });
    expect(capped.sourceTotal).toBe(full.rows.length);
    expect(capped.table.questions).toEqual(full.questions);
    expect(capped.table.rows).toHaveLength(3);
    const byCount = [...full.rows].sort((a, b) => (b.source.claimCount ?? 0) - (a.source.claimCount ?? 0));
    const floor = byCount[2]!.source.claimCount ?? 0;
    for (const row of capped.table.rows) {
      expect(row.source.claimCount).toBeGreaterThanOrEqual(floor);
      expect(row.cells).toEqual(full.rows.find((r) => r.source.id === row.source.id)!.cells);
    }
    const order = full.rows.map((r) => r.source.id);
    const ids = capped.table.rows.map((r) => r.source.id);
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(capped.cards.map((c) => c.id)).toEqual(ids.filter((id) => capped.cards.some((c) => c.id === id)));
    expect(capped.cards).toHaveLength(2);
  });

  it("without limits, gives every row and a card for each", async () => {
    const { table: full } = await fetchCrossComparison(NO_FILTERS);
    const all = await fetchSourcesOverview(NO_FILTERS);
    expect(all.table).toEqual(full);
    expect(all.cards.map((c) => c.id)).toEqual(full.rows.map((r) => r.source.id));
    expect(all.sourceChoices.length).toBeGreaterThanOrEqual(all.sourceTotal);
  });
});
