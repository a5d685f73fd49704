// The table for programs: what it holds, then one object per row keyed by
// column, with numbers as numbers.
import type { ComparisonTableData, TableCell } from "../types";

export function comparisonJson(table: ComparisonTableData) {
  const about: Record<string, string> = { title: table.about.title, ...Object.fromEntries(table.about.lines) };
  return {
    about,
    columns: table.columns,
    rows: table.rows.map((row) => Object.fromEntries(table.columns.map((c, i): [string, TableCell] => [c.key, row[i] ?? null]))),
    footer: table.footer,
  };
}
