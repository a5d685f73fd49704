import Link from "next/link";
import { ExportLinks } from "@/components/claims/export-links";
import { formatNumber } from "@/lib/format/numbers";

/** Where to go from a question: all its claims in the explorer, and downloads of them. */
export function QuestionLinks({ questionId, shown, total }: { questionId: string; shown: number; total: number }) {
  const id = encodeURIComponent(questionId);
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <Link href={`/claims?question=${id}`} className="text-blue-800 underline">
        {shown < total ? `Showing the latest ${formatNumber(shown)} of ${formatNumber(total)} claims: see them all in the explorer` : "See these claims in the explorer"}
      </Link>
      <ExportLinks query={`question=${id}`} label="Export this question’s claims:" />
    </div>
  );
}
