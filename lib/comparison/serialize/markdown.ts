// The table as Markdown, to paste into a brief or a ticket.
import type { ComparisonTableData, TableCell } from "../types";
import { cellDisplay } from "./cell-display";

const escapeCell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s*[\r\n]+\s*/g, " ");

export function comparisonMarkdown(table: ComparisonTableData): string {
  const line = (cells: readonly TableCell[]) => `| ${cells.map((c) => escapeCell(cellDisplay(c))).join(" | ")} |`;
  const align = table.columns.map((c) => (c.numeric ? "---:" : "---"));
  return [
    `**${escapeCell(table.about.title)}**`,
    "",
    line(table.columns.map((c) => c.header)),
    `| ${align.join(" | ")} |`,
    ...table.rows.map(line),
    "",
    ...table.footer.map((f) => `${escapeCell(f)}  `),
    ...table.about.lines.filter(([label]) => label !== "Conventions").map(([label, text]) => `_${label}: ${escapeCell(text)}_  `),
  ].join("\n");
}
