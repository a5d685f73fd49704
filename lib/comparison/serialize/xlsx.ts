// The table as a workbook: a "Comparison" sheet with a filterable header,
// number and date cells, the consensus lines under the rows; an "About" sheet
// and the workbook's properties say what it holds.
import ExcelJS from "exceljs";
import type { ComparisonTableData, TableCell, TableColumn } from "../types";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function sheetCell(cell: TableCell, column: TableColumn | undefined): ExcelJS.CellValue {
  if (cell === null) return null;
  // A day is a date cell (at UTC midnight, so no time zone moves it).
  if (column?.date && typeof cell === "string" && ISO_DATE.test(cell)) return new Date(`${cell}T00:00:00Z`);
  // Article text is never a formula.
  if (typeof cell === "string" && /^[=+\-@]/.test(cell)) return `'${cell}`;
  return cell;
}

const WIDTHS: Record<string, number> = { source: 26, figure: 36, relations: 40, standing: 28, title: 44, quote: 70, url: 40 };

export async function comparisonXlsx(table: ComparisonTableData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const about = Object.fromEntries(table.about.lines);
  workbook.title = table.about.title;
  workbook.subject = about["Question"] ?? about["Filters"] ?? "";
  workbook.description = table.about.lines.map(([label, text]) => `${label}: ${text}`).join("\n");
  workbook.keywords = "Triangulate comparison";
  workbook.created = new Date(about["Exported"] ?? Date.now());

  const sheet = workbook.addWorksheet("Comparison", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: WIDTHS[c.key] ?? (c.numeric || c.date ? 12 : 24), style: c.date ? { numFmt: "yyyy-mm-dd" } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell, i) => sheetCell(cell, table.columns[i])));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
  if (table.footer.length) {
    sheet.addRow([]);
    for (const line of table.footer) sheet.addRow([line]);
  }

  const aboutSheet = workbook.addWorksheet("About");
  aboutSheet.columns = [{ width: 22 }, { width: 120 }];
  aboutSheet.addRow([table.about.title]).font = { bold: true };
  for (const [label, text] of table.about.lines) aboutSheet.addRow([label, text]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
