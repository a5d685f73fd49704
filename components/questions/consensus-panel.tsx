import type { QuestionDetail } from "@/db/read/questions";
import { formatNumber } from "@/lib/format/numbers";

const METHOD_NAMES: Record<string, string> = {
  "single-source": "single source (no consensus)",
  intersection: "where the sources' ranges overlap",
  "majority-overlap": "values a majority of sources allow",
  "median-mad": "median ± median absolute deviation",
};

export function ConsensusPanel({ consensus, unit }: { consensus: QuestionDetail["consensus"]; unit: string }) {
  if (!consensus) return <p className="text-sm text-slate-600">No consensus: no source gives a figure that can be compared.</p>;
  const range = consensus.low === consensus.high ? formatNumber(consensus.best) : `${formatNumber(consensus.low)} to ${formatNumber(consensus.high)}`;
  return (
    <div className="space-y-1 rounded border border-slate-200 bg-white p-4 text-sm">
      <p className="text-lg font-semibold tabular-nums">
        {range} {unit}
        {consensus.low !== consensus.high && <span className="text-sm font-normal text-slate-600"> (best estimate {formatNumber(consensus.best)})</span>}
      </p>
      <p className="text-slate-700">Method: {METHOD_NAMES[consensus.method ?? ""] ?? consensus.method ?? "not stated"}</p>
      {consensus.explanation && <p className="text-slate-600">{consensus.explanation}</p>}
    </div>
  );
}
