import Link from "next/link";
import type { SourceOverview } from "@/db/read/sources";
import { formatIsoDate } from "@/lib/format/dates";
import { formatNumber, formatValue } from "@/lib/format/numbers";
import { STANDING_WORDS, type Standing } from "@/lib/standing/source-standing";

const STANDING_STYLE: Record<Standing, string> = {
  denies: "bg-red-100 text-red-900",
  above: "bg-orange-100 text-orange-900",
  below: "bg-sky-100 text-sky-900",
  within: "bg-emerald-100 text-emerald-900",
  alone: "bg-slate-100 text-slate-800",
  "no figure": "bg-slate-100 text-slate-800",
};

export function SourceCard({ source }: { source: SourceOverview }) {
  return (
    <section aria-labelledby={`source-${source.id}`} className="rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`source-${source.id}`} className="text-lg font-semibold">{source.name}</h2>
        <Link href={`/claims?source=${encodeURIComponent(source.id)}`} className="text-sm text-blue-800 underline">
          {formatNumber(source.claimCount)} claim{source.claimCount === 1 ? "" : "s"}
        </Link>
      </div>
      <p className="text-sm text-slate-600">{[source.country, source.kind.replace("_", " ")].filter(Boolean).join(" · ")}</p>
      {source.aliases.length > 0 && <p className="text-sm text-slate-600">Also named: {source.aliases.join(", ")}</p>}
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">{source.name}: latest figure per question</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-2">Question</th>
            <th scope="col" className="py-1 pr-2">Latest figure</th>
            <th scope="col" className="py-1">Against the others</th>
          </tr>
        </thead>
        <tbody>
          {source.positions.map((p) => (
            <tr key={p.questionId} className="border-t border-slate-100 align-top">
              <td className="py-1 pr-2">
                <Link href={`/questions/${encodeURIComponent(p.questionId)}`} className="text-blue-800 hover:underline">{p.questionLabel}</Link>
              </td>
              <td className="py-1 pr-2 tabular-nums sm:whitespace-nowrap">
                {formatValue(p.figure, p.figure.qualifier, p.figure.stance)}
                {p.figure.date && <span className="block text-xs text-slate-500">{formatIsoDate(p.figure.date)}</span>}
              </td>
              <td className="py-1">
                <span className={`rounded px-2 py-0.5 text-xs font-medium ${STANDING_STYLE[p.standing]}`}>{STANDING_WORDS[p.standing]}</span>
                {p.consensus && p.standing !== "alone" && (
                  <span className="block text-xs text-slate-500">consensus {formatNumber(p.consensus.low)}–{formatNumber(p.consensus.high)}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
