"use client";

import Link from "next/link";
import { AS_OF_NOT_STATED } from "@/lib/format/words";
import { ReviewStatusBadge } from "@/components/review/review-status-badge";
import type { DrawnClaimRow } from "./comparison-rows";

const cell = "px-3 py-2";
function AsOf({ row }: { row: DrawnClaimRow }) {
  if (!row.asOf) return <span className="text-slate-600">{AS_OF_NOT_STATED}</span>;
  return <>{row.asOf}{row.articleDate && <> <span className="text-xs text-slate-600">(article date)</span></>}</>;
}

/** Every claim of the question, grouped by source, with where it was read (rows from `drawnClaimRows`). */
export function ComparisonTable({ rows, label }: { rows: DrawnClaimRow[]; label: string }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="stack-table w-full text-left text-sm md:min-w-[900px]">
        <caption className="sr-only">Claims compared: {label}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className={cell}>Source</th>
            <th scope="col" className={cell}>Figure</th>
            <th scope="col" className={`${cell} text-right`}>Low</th>
            <th scope="col" className={`${cell} text-right`}>Best</th>
            <th scope="col" className={`${cell} text-right`}>High</th>
            <th scope="col" className={cell}>As of</th>
            <th scope="col" className={cell}>Article</th>
            <th scope="col" className={`${cell} w-1/3`}>Quote</th>
            <th scope="col" className={cell}>Review</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className="border-t border-slate-200 align-top">
              <th scope="row" className={`${cell} font-normal max-md:font-semibold`}>
                <span className="flex items-center gap-2">
                  <span aria-hidden className="inline-block size-3 shrink-0 rounded-sm" style={{ backgroundColor: c.color }} />
                  {c.speaker}
                </span>
              </th>
              <td data-label="Figure" className={`${cell} font-medium whitespace-nowrap tabular-nums ${c.denies ? "text-red-800" : ""}`}>{c.figure}</td>
              <td data-label="Low" data-phone="hidden" className={`${cell} text-right tabular-nums`}>{c.low}</td>
              <td data-label="Best" data-phone="hidden" className={`${cell} text-right tabular-nums`}>{c.best}</td>
              <td data-label="High" data-phone="hidden" className={`${cell} text-right tabular-nums`}>{c.high}</td>
              <td data-label="As of" className={`${cell} whitespace-nowrap`}><AsOf row={c} /></td>
              <td data-label="Article" className={cell}>
                <Link prefetch={false} href={c.href} title={c.title} className="line-clamp-2 text-blue-800 hover:underline">{c.title}</Link>
                {c.outlet && <div className="text-xs text-slate-600">{c.outlet}</div>}
              </td>
              <td className={`${cell} italic text-slate-700`}>“{c.quote}”</td>
              <td className={cell}><ReviewStatusBadge status={c.status} rejectReason={c.rejectReason} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
