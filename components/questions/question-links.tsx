import Link from "next/link";
import { ExportLinks } from "@/components/claims/export-links";
import { formatNumber } from "@/lib/format/numbers";

/** Where to go from a question: all its claims in the explorer (every filter and sort), and downloads of them. */
export function QuestionLinks({ questionId, total, pageSize }: { questionId: string; total: number; pageSize: number }) {
  const id = encodeURIComponent(questionId);
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <Link href={`/claims?question=${id}`} className="text-blue-800 underline">
        {total > pageSize ? `Filter and sort all ${formatNumber(total)} claims in the explorer` : "See these claims in the explorer"}
      </Link>
      <ExportLinks query={`question=${id}`} label="Export this question’s claims:" />
    </div>
  );
}
