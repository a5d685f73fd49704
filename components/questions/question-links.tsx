import Link from "next/link";

const EXPORTS = [
  { format: "csv", label: "CSV" },
  { format: "json", label: "JSON" },
  { format: "xlsx", label: "Excel (XLSX)" },
];

/** Where to go from a question: its claims in the explorer, and downloads of them. */
export function QuestionLinks({ questionId }: { questionId: string }) {
  const id = encodeURIComponent(questionId);
  const button = "rounded border border-slate-300 bg-white px-2 py-1 text-blue-800 hover:bg-slate-100";
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <Link href={`/claims?question=${id}`} className="text-blue-800 underline">See these claims in the explorer</Link>
      <span className="flex flex-wrap items-center gap-2">
        <span className="text-slate-600">Export this question’s claims:</span>
        {EXPORTS.map(({ format, label }) => (
          <a key={format} href={`/api/export?format=${format}&question=${id}`} download className={button}>{label}</a>
        ))}
      </span>
    </div>
  );
}
