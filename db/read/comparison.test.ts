// The seed story's comparison table, read from a real database loaded by the
// ingest command: the rows an analyst puts in a brief.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../../test/run-cli";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";
import type { ComparisonTableData } from "../../lib/comparison/types";

let db: TempDatabase;
let table: ComparisonTableData;

const column = (key: string) => table.columns.findIndex((c) => c.key === key);

beforeAll(async () => {
  db = await createTempDatabase();
  const loaded = runScript("scripts/ingest.ts", ["seeds"], db.url);
  expect(loaded.code, loaded.stderr).toBe(0);
  process.env.DATABASE_URL = db.url;
  const { prisma } = await import("../client");
  const { fetchQuestionComparisonInput } = await import("./comparison");
  const { buildQuestionComparison } = await import("../../lib/comparison/question-comparison");
  const top = await prisma.question.findFirstOrThrow({ where: { category: "deployed", subject: "North Korean" }, orderBy: [{ sourceCount: "desc" }, { id: "asc" }] });
  table = buildQuestionComparison((await fetchQuestionComparisonInput(top.id))!);
}, 120_000);

afterAll(() => db?.remove());

const cellOf = (source: RegExp, key: string) => {
  const row = table.rows.find((r) => source.test(String(r[column("source")])));
  expect(row, `no row for ${source}: ${table.rows.map((r) => r[column("source")]).join(", ")}`).toBeDefined();
  return row![column(key)];
};

describe("the seed story's comparison table", () => {
  it("reads, row by row, as the analyst would brief it", () => {
    expect(cellOf(/GUR/, "figure")).toMatch(/^about 11,000 \(2,600 .*first contingent\)$/);
    expect(cellOf(/NIS/, "figure")).toBe("about 10,000 (3,000 already there + 7,000 to be sent)");
    expect(cellOf(/Pentagon|Department of Defense/, "figure")).toBe("about 10,000 in the Kursk region");
    expect(cellOf(/ISW/, "figure")).toBe("several thousand (2,000–9,999)");
    expect(cellOf(/Pyongyang|North Korea/, "figure")).toBe("denies");
    // Peskov denied North Korean forces fighting in Ukraine, not troops in Russia: his denial is filed under Ukraine.
    expect(table.rows.some((r) => /Kremlin/.test(String(r[column("source")])))).toBe(false);
  });

  it("puts the figures from high to low and the denials last", () => {
    const sources = table.rows.map((r) => String(r[column("source")]));
    const at = (pattern: RegExp) => sources.findIndex((s) => pattern.test(s));
    expect(at(/GUR/)).toBeLessThan(at(/NIS/));
    expect(at(/NIS/)).toBeLessThan(at(/ISW/));
    expect(at(/Pyongyang|North Korea/)).toBeGreaterThan(at(/ISW/));
  });

  it("says where each stands and how it relates to the others", () => {
    expect(cellOf(/Pyongyang|North Korea/, "standing")).toBe("denies it");
    expect(cellOf(/Pentagon|Department of Defense/, "standing")).toMatch(/^a part \(in the Kursk region\)/);
    expect(String(cellOf(/NIS/, "relations"))).toContain("its parts add up to its total");
    expect(String(cellOf(/GUR/, "relations"))).toMatch(/denied by North Korea/);
  });

  it("cites each row and says what the table holds", () => {
    expect(String(cellOf(/NIS/, "quote"))).toContain("10 000");
    expect(cellOf(/NIS/, "articles")).toBeGreaterThanOrEqual(1);
    const about = Object.fromEntries(table.about.lines);
    expect(Number(about["Articles behind it"])).toBeGreaterThanOrEqual(4);
    expect(about["Conventions"]).toContain("2,000–9,999");
    expect(table.footer[0]).toMatch(/^Consensus: /);
    expect(table.footer.join(" ")).toMatch(/Denials \(.*North Korea.*\) are set apart/);
  });
});
