import { cellDisplay } from "@/lib/comparison/serialize/cell-display";
import type { ComparisonTableData, TableCell } from "@/lib/comparison/types";

// The columns a screen shows; the downloads carry every column.
const SHOWN = ["source", "figure", "as_of", "articles", "outlets", "relations", "standing", "outlet"] as const;
const cell = "px-3 py-2 align-top";

function indexOf(table: ComparisonTableData, key: string) {
  return table.columns.findIndex((c) => c.key === key);
}

/** One row per source: a table from the small breakpoint up, a card each on a phone. */
export function ComparisonTableView({ table, caption }: { table: ComparisonTableData; caption: string }) {
  const shown = SHOWN.map((key) => ({ key, index: indexOf(table, key), column: table.columns[indexOf(table, key)]! })).filter((c) => c.index >= 0);
  const value = (row: TableCell[], key: string) => row[indexOf(table, key)] ?? null;
  return (
    <div data-testid="comparison-table">
      <div className="hidden overflow-x-auto rounded border border-slate-200 bg-white sm:block print:block">
        <table className="w-full text-left text-sm print:text-xs">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              {shown.map(({ key, column }) => (
                <th key={key} scope="col" className={`${cell} ${column.numeric ? "text-right" : ""}`}>{column.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i} className="border-t border-slate-200 break-inside-avoid">
                {shown.map(({ key, index, column }) =>
                  key === "source" ? (
                    <th key={key} scope="row" className={`${cell} font-medium`}>{cellDisplay(row[index] ?? null)}</th>
                  ) : (
                    <td key={key} className={`${cell} ${column.numeric ? "text-right tabular-nums" : ""} ${key === "figure" ? "font-medium" : ""}`}>{cellDisplay(row[index] ?? null, key)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 sm:hidden print:hidden" aria-label={caption}>
        {table.rows.map((row, i) => (
          <li key={i} className="rounded border border-slate-200 bg-white p-3 text-sm">
            <p className="font-medium">{cellDisplay(value(row, "source"))}</p>
            <p className="text-base font-semibold">{cellDisplay(value(row, "figure"))}</p>
            <p className="text-slate-700">{cellDisplay(value(row, "standing"))}</p>
            <p className="text-xs text-slate-600">
              {`As of ${cellDisplay(value(row, "as_of"), "as_of")} · ${cellDisplay(value(row, "articles"))} article(s), ${cellDisplay(value(row, "outlets"))} outlet(s)`}
            </p>
            {value(row, "relations") !== null && <p className="mt-1 text-xs text-slate-600">{cellDisplay(value(row, "relations"))}</p>}
          </li>
        ))}
      </ul>
      {table.footer.length > 0 && (
        <div className="mt-2 space-y-1 text-sm text-slate-700" data-testid="comparison-footer">
          {table.footer.map((line) => <p key={line}>{line}</p>)}
        </div>
      )}
    </div>
  );
}
