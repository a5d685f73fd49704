import { AS_OF_NOT_STATED } from "@/lib/format/words";
import type { RangeRow } from "./source-range-data";

/** The chart's figures as text: what screen readers, tests and copy-paste rely on. */
export function SourceRangeTable({ rows, caption }: { rows: RangeRow[]; caption: string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-2 font-medium">Source</th>
          <th scope="col" className="py-1 pr-2 font-medium">Figure</th>
          <th scope="col" className="py-1 font-medium">As of</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.key}-${row.claimId}`} className="border-t border-slate-100 align-top">
            <th scope="row" className="py-1 pr-2 font-normal">
              <span className="flex items-center gap-2">
                <span aria-hidden className="inline-block size-3 shrink-0 rounded-sm" style={{ backgroundColor: row.color }} />
                {row.name}
              </span>
            </th>
            <td className={`py-1 pr-2 tabular-nums ${row.kind === "denies" ? "font-semibold text-red-800" : ""}`}>{row.valueText}</td>
            <td className="py-1 text-slate-600">{row.dateText ?? AS_OF_NOT_STATED}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
