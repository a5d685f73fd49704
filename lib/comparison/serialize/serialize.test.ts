import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ComparisonTableData } from "../types";
import { comparisonCsv } from "./csv";
import { comparisonHtml } from "./html";
import { comparisonJson } from "./json";
import { comparisonMarkdown } from "./markdown";
import { comparisonXlsx } from "./xlsx";

const table: ComparisonTableData = {
  about: { title: "Comparison: protesters in Paris", lines: [["Question", "protesters in Paris"], ["Exported", "2026-03-02T10:00:00.000Z"], ["Articles behind it", "3"]] },
  columns: [
    { key: "source", header: "Source" },
    { key: "figure", header: "Figure as stated" },
    { key: "low", header: "Low", numeric: true },
    { key: "as_of", header: "As of", date: true },
    { key: "quote", header: "Quote" },
  ],
  rows: [
    ["Préfecture de police", "about 12,000", 12000, "2016-03-31", "selon la préfecture | 12 000 manifestants"],
    ["CGT", "at least 100,000", 100000, null, "=HYPERLINK(\"http://evil\")"],
    ["<script>alert(1)</script>", "denies", null, "2016-03", "line one\nline two"],
  ],
  footer: ["Consensus: none, the sources' figures do not overlap."],
};

describe("comparison table files", () => {
  it("CSV: says what it holds first, then the header and rows, formulas defused", () => {
    const csv = comparisonCsv(table);
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines[0]).toBe("Comparison: protesters in Paris");
    expect(lines).toContain("Articles behind it,3");
    expect(lines).toContain("Source,Figure as stated,Low,As of,Quote");
    expect(csv).toContain(`CGT,"at least 100,000",100000,,"'=HYPERLINK(""http://evil"")"`);
    expect(lines.at(-2)).toBe(`"Consensus: none, the sources' figures do not overlap."`);
  });

  it("Markdown: one line per row, pipes and line breaks kept inside their cell", () => {
    const md = comparisonMarkdown(table).split("\n");
    expect(md).toContain("| Source | Figure as stated | Low | As of | Quote |");
    expect(md).toContain("| --- | --- | ---: | --- | --- |");
    expect(md).toContain("| Préfecture de police | about 12,000 | 12,000 | 2016-03-31 | selon la préfecture \\| 12 000 manifestants |");
    expect(md.filter((line) => line.startsWith("| "))).toHaveLength(2 + table.rows.length);
  });

  it("HTML: a real table with every cell escaped", () => {
    const html = comparisonHtml(table);
    expect(html).toContain("<caption>Comparison: protesters in Paris</caption>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.match(/<tr>/g)).toHaveLength(1 + table.rows.length);
  });

  it("JSON: rows keyed by column, numbers kept as numbers", () => {
    const json = comparisonJson(table);
    expect(json.about["Articles behind it"]).toBe("3");
    expect(json.rows[0]).toMatchObject({ source: "Préfecture de police", low: 12000, as_of: "2016-03-31" });
  });

  it("XLSX: day cells are dates, the header filters, the properties say what it holds", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await comparisonXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Comparison")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Source", "Figure as stated", "Low", "As of", "Quote"]);
    expect(sheet.getCell("D2").value).toEqual(new Date("2016-03-31T00:00:00Z"));
    expect(sheet.getCell("D4").value).toBe("2016-03"); // a month is not a day: kept as text
    expect(sheet.getCell("C2").value).toBe(12000);
    expect(sheet.getCell("E3").value).toBe(`'=HYPERLINK("http://evil")`);
    expect(sheet.autoFilter).toBeTruthy();
    expect(workbook.title).toBe("Comparison: protesters in Paris");
    expect(workbook.getWorksheet("About")!.getCell("B3").value).toBe("2026-03-02T10:00:00.000Z");
  });
});
