// The table as CSV: what it holds in its first lines, a blank line, the
// header and rows, then the consensus lines. Same quoting, BOM and formula
// guard as the claims export.
import { CSV_BOM, csvRow } from "../../export/csv";
import type { ComparisonTableData } from "../types";

export function comparisonCsv(table: ComparisonTableData): string {
  const lines = [
    csvRow([table.about.title]),
    ...table.about.lines.map(([label, text]) => csvRow([label, text])),
    csvRow([]),
    csvRow(table.columns.map((c) => c.header)),
    ...table.rows.map((row) => csvRow(row)),
  ];
  if (table.footer.length) lines.push(csvRow([]), ...table.footer.map((line) => csvRow([line])));
  return CSV_BOM + lines.join("");
}
