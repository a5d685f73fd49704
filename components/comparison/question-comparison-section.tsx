import Link from "next/link";
import type { ComparisonTableData } from "@/lib/comparison/types";
import { MoreRows } from "../questions/more-rows";
import { ComparisonDownloads } from "./comparison-downloads";
import { ComparisonTableView } from "./comparison-table-view";

/** "Who says what": the question's comparison table, its downloads and the printable brief. */
export function QuestionComparisonSection({ questionId, label, table, tableRows }: { questionId: string; label: string; table: ComparisonTableData; tableRows?: { shown: number; allHref: string } }) {
  const id = encodeURIComponent(questionId);
  const listed = tableRows && table.rows.length > tableRows.shown ? { ...table, rows: table.rows.slice(0, tableRows.shown) } : table;
  return (
    <section aria-labelledby="who-says-what" className="space-y-3">
      <h2 id="who-says-what" className="text-xl font-semibold">Who says what</h2>
      <p className="text-sm text-slate-600">One row per independent source: its latest figure as it put it, its parts for a narrower scope, and where it stands.</p>
      <ComparisonTableView table={listed} caption={`Sources compared: ${label}`} />
      {tableRows && <MoreRows shown={listed.rows.length} total={table.rows.length} what="sources" href={tableRows.allHref} />}
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <ComparisonDownloads endpoint={`/api/questions/${id}/comparison`} />
        <Link href={`/questions/${id}/brief`} className="text-sm text-blue-800 underline print:hidden">Printable brief</Link>
      </div>
    </section>
  );
}
