import Link from "next/link";
import type { ComparisonTableData } from "@/lib/comparison/types";
import { ComparisonDownloads } from "./comparison-downloads";
import { ComparisonTableView } from "./comparison-table-view";

/** "Who says what": the question's comparison table, its downloads and the printable brief. */
export function QuestionComparisonSection({ questionId, label, table }: { questionId: string; label: string; table: ComparisonTableData }) {
  const id = encodeURIComponent(questionId);
  return (
    <section aria-labelledby="who-says-what" className="space-y-3">
      <h2 id="who-says-what" className="text-xl font-semibold">Who says what</h2>
      <p className="text-sm text-slate-600">One row per independent source: its latest figure as it put it, its parts for a narrower scope, and where it stands.</p>
      <ComparisonTableView table={table} caption={`Sources compared: ${label}`} />
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <ComparisonDownloads endpoint={`/api/questions/${id}/comparison`} />
        <Link href={`/questions/${id}/brief`} className="text-sm text-blue-800 underline print:hidden">Printable brief</Link>
      </div>
    </section>
  );
}
