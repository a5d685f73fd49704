import { describe, expect, it } from "vitest";
import { parseClaimFilters } from "../filters/claim-filters";
import { exportFileName } from "./formats";

const DAY = new Date("2024-11-05T10:00:00Z");
const nameFor = (format: "csv" | "xlsx" | "json", params: Record<string, string | string[]>) => exportFileName(format, parseClaimFilters(params).filters, DAY);

describe("the export's file name says what was exported", () => {
  it.each([
    [{}, "triangulate-claims-all-2024-11-05.csv"],
    [{ source: ["gur", "nis"] }, "triangulate-claims-source-gur-nis-2024-11-05.csv"],
    [{ source: "gur", category: "deployed" }, "triangulate-claims-source-gur_category-deployed-2024-11-05.csv"],
    [{ outlet: "Avion-Chasse.fr", q: "près de" }, "triangulate-claims-outlet-avion-chasse-fr_q-pres-de-2024-11-05.csv"],
    [{ sort: "-value" }, "triangulate-claims-all-2024-11-05.csv"],
  ])("%o → %s", (params, expected) => {
    expect(nameFor("csv", params)).toBe(expected);
  });

  it("keeps a long filter to a readable length", () => {
    const name = nameFor("xlsx", { q: "a".repeat(200) });
    expect(name.length).toBeLessThan(120);
    expect(name).toMatch(/^triangulate-claims-q-a+-2024-11-05\.xlsx$/);
  });
});
