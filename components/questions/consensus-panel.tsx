import type { QuestionDetail } from "@/db/read/questions";
import { figureAsStated } from "@/lib/format/figure-as-stated";
import { formatNumber } from "@/lib/format/numbers";
import { listNames } from "@/lib/reconcile/format";

const METHOD_NAMES: Record<string, string> = {
  "single-source": "single source (no consensus)",
  intersection: "every source's figure agrees with every other's",
  "majority-overlap": "the largest group of sources that all agree, a majority",
  "median-mad": "no majority agrees: median figure ± median absolute deviation",
};

type Props = Pick<QuestionDetail, "consensus" | "unit" | "sources" | "sourceCount">;

/** How many sources the range speaks for, and what became of the denials, so the count matches the header's. */
function countLine({ sources, sourceCount }: Pick<Props, "sources" | "sourceCount">): string {
  const own = sources.filter((s) => !s.narrower);
  const deniers = own.filter((s) => s.stance === "denies").map((s) => s.sourceName);
  const figures = own.filter((s) => s.stance !== "denies" && s.point !== null).length;
  const parts = [`${formatNumber(sourceCount)} independent source${sourceCount === 1 ? "" : "s"}: ${formatNumber(figures)} give${figures === 1 ? "s" : ""} a figure`];
  if (deniers.length) parts.push(`${listNames(deniers)} ${deniers.length === 1 ? "denies" : "deny"} it and ${deniers.length === 1 ? "is" : "are"} left out of the range`);
  return `${parts.join("; ")}.`;
}

/** The consensus in the figures' own words: a range rounded to their precision, and a best estimate only when a source gave it. */
export function ConsensusPanel({ consensus, unit, sources, sourceCount }: Props) {
  if (!consensus) return <p className="text-sm text-slate-600">No consensus: no source gives a figure that can be compared. {countLine({ sources, sourceCount })}</p>;
  const own = sources.filter((s) => !s.narrower && s.stance !== "denies" && s.point !== null);
  if (consensus.method === "single-source") {
    const only = own[0];
    return (
      <div className="space-y-1 rounded border border-slate-200 bg-white p-4 text-sm">
        <p className="text-lg font-semibold">Single source{only ? `: ${only.sourceName} says ${figureAsStated(only)}` : ""}</p>
        <p className="text-slate-700">One source is not a consensus: its own figure is shown. {countLine({ sources, sourceCount })}</p>
      </div>
    );
  }
  const range = consensus.low === consensus.high ? formatNumber(consensus.low) : `${formatNumber(consensus.low)} to ${formatNumber(consensus.high)}`;
  const bestGiven = own.find((s) => s.best === consensus.best);
  return (
    <div className="space-y-1 rounded border border-slate-200 bg-white p-4 text-sm">
      <p className="text-lg font-semibold tabular-nums">
        {range} {unit}
        {consensus.low !== consensus.high && bestGiven && (
          <span className="text-sm font-normal text-slate-600"> (best estimate {formatNumber(consensus.best)}, as {bestGiven.sourceName} gives it)</span>
        )}
      </p>
      <p className="text-slate-700">{countLine({ sources, sourceCount })}</p>
      <p className="text-slate-700">Method: {METHOD_NAMES[consensus.method ?? ""] ?? consensus.method ?? "not stated"}</p>
      {consensus.explanation && <p className="text-slate-600">{consensus.explanation}</p>}
    </div>
  );
}
