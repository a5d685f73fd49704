// The table as an HTML fragment, to paste into a word processor, which keeps
// it a real table. Every cell is escaped: quotes come from news articles.
import type { ComparisonTableData } from "../types";
import { cellDisplay } from "./cell-display";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

export function comparisonHtml(table: ComparisonTableData): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join("");
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${table.columns[i]?.numeric ? ' style="text-align:right"' : ""}>${escapeHtml(cellDisplay(cell, table.columns[i]?.key))}</td>`).join("")}</tr>`)
    .join("\n");
  const notes = table.footer.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n");
  return `<table>\n<caption>${escapeHtml(table.about.title)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n${notes}`;
}
