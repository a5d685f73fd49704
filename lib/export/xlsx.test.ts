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
});
