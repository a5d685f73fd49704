import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "./columns";
import { batchesOf, exportRow } from "./fixtures";
import { xlsxStream } from "./xlsx";

async function workbookBytes(...batches: ReturnType<typeof exportRow>[][]) {
  return Buffer.from(await new Response(xlsxStream(batchesOf(...batches), (e) => { throw e; })).arrayBuffer());
}

describe("the XLSX export", () => {
  it("is a zip with a bold, frozen header, numbers as numbers and text as text", async () => {
    const bytes = await workbookBytes([exportRow({ quote: "=SUM(A1) «près de» 11 000" })], [exportRow({ id: 8, value_low: -2, value_best: null, value_high: 3.5 })]);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Claims")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.values).toEqual([undefined, ...EXPORT_COLUMNS]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(3);

    const cell = (row: number, column: string) => sheet.getRow(row).getCell(EXPORT_COLUMNS.indexOf(column as never) + 1);
    expect(cell(2, "value_best").value).toBe(11000);
    expect(cell(2, "value_best").type).toBe(ExcelJS.ValueType.Number);
    expect(cell(3, "value_low").value).toBe(-2);
    expect(cell(3, "value_high").value).toBe(3.5);
    // A quote is written as a string, never a formula, so it needs no neutralising.
    expect(cell(2, "quote").type).toBe(ExcelJS.ValueType.String);
    expect(cell(2, "quote").value).toBe("=SUM(A1) «près de» 11 000");
  });

  it("writes dates as date cells at their precision, and puts a filter on the header row", async () => {
    const bytes = await workbookBytes([exportRow({ as_of: "2024-10", published: "2024-10-23" }), exportRow({ as_of: null, published: "2024" })]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Claims")!;
    const cell = (row: number, column: string) => sheet.getRow(row).getCell(EXPORT_COLUMNS.indexOf(column as never) + 1);
    expect(cell(2, "published").type).toBe(ExcelJS.ValueType.Date);
    expect(cell(2, "published").value).toEqual(new Date(Date.UTC(2024, 9, 23)));
    expect(cell(2, "published").numFmt).toBe("yyyy-mm-dd");
    expect(cell(2, "as_of").value).toEqual(new Date(Date.UTC(2024, 9, 1)));
    expect(cell(2, "as_of").numFmt).toBe("yyyy-mm");
    expect(cell(3, "published").numFmt).toBe("yyyy");
    expect(cell(3, "as_of").value).toBeNull();
    // Spreadsheet column letters: A … Z, AA, AB …
    const letters = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : letters(Math.floor((n - 1) / 26)) + letters(((n - 1) % 26) + 1));
    expect(sheet.autoFilter).toBe(`A1:${letters(EXPORT_COLUMNS.length)}1`);
  });
});
