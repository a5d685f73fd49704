"use client";

import Link from "next/link";
import type { DrawnCrossTable } from "@/lib/comparison/drawn";
import { STANDING_WORDS } from "@/lib/standing/source-standing";

/**
 * Sources as rows, questions as columns: each cell the source's latest figure as stated and where it stands.
 * A client component so that the page carries the cells' words, not their markup a second time.
 */
export function CrossTableView({ table }: { table: DrawnCrossTable }) {
  if (table.rows.length === 0) return <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">No source gives a figure under these filters.</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white" data-testid="cross-table">
      {/* Cells are styled from the table: a hundred sources by two dozen questions would otherwise repeat each cell's classes thousands of times in the page. */}
      <table className="w-full text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_td>span:first-child]:font-medium [&_td>span:first-child]:tabular-nums [&_td>span+span]:text-xs [&_td>span+span]:text-slate-600">
        <caption className="sr-only">Sources compared across questions</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-100 px-3 py-2">Source</th>
            {table.questions.map((q) => (
              <th key={q.id} scope="col" className="min-w-40 px-3 py-2 align-bottom">
                <Link prefetch={false} href={`/questions/${encodeURIComponent(q.id)}`} className="text-blue-800 hover:underline">{q.label}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(({ id, name, cells }) => (
            <tr key={id} className="border-t border-slate-200 align-top">
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 font-medium">{name}</th>
              {cells.map((cell, i) =>
                cell ? (
                  <td key={i}>
                    <span className="block">{cell.stated}</span>
                    <span className="block">{STANDING_WORDS[cell.standing]}</span>
                  </td>
                ) : (
                  <td key={i} className="text-slate-400" aria-label="no figure">–</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
