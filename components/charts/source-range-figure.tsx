import type { SourceFigure } from "@/lib/reconcile/types";
import { RangeChartKey } from "./chart-key";
import { MoreRows } from "../questions/more-rows";
import { DownloadChartButton } from "./download-chart-button";
import { LazySourceRangeChart as SourceRangeChart } from "./lazy-charts";
import { buildRangeChartData, toRangeChartWire, type ConsensusLike } from "./source-range-data";
import { SourceRangeTable } from "./source-range-table";

interface Props {
  question: { id: string; label: string; unit: string; summary: string; sources: SourceFigure[]; consensus: ConsensusLike | null };
  /** On the overview the download buttons and the key would crowd each card: the list shows one key, the question page the buttons. */
  downloadable?: boolean;
  showKey?: boolean;
  /** Each plotted claim's review status in words, for the tooltips. */
  reviewOf?: (claimId: number) => string | null;
  /** The table lists this many rows (the chart plots every one), with the link to all of them. */
  tableRows?: { shown: number; allHref: string };
}

/** The side-by-side chart of a question, its key, and the same figures as a table; the summary is the caption. */
export function SourceRangeFigure({ question, downloadable = false, showKey = true, reviewOf, tableRows }: Props) {
  const data = buildRangeChartData(question.sources, question.consensus, reviewOf);
  const chartId = `range-chart-${question.id}`;
  const wire = toRangeChartWire(data);
  // The legend is the chart's own columns: the payload refers to them rather than repeating them.
  const legend = { length: wire.rows.length, columns: { label: wire.rows.columns.name, color: wire.rows.columns.color } };
  if (data.rows.length === 0) return <p className="text-sm text-slate-600">No source gives a figure for this question yet.</p>;
  return (
    <figure className="space-y-3">
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div id={chartId} className="min-w-0 space-y-2">
          <SourceRangeChart data={wire} unit={question.unit} label={`${question.label}: ${question.summary}`} />
          {showKey && <RangeChartKey hasConsensus={data.consensus !== null} />}
        </div>
        <div className="space-y-2">
          <SourceRangeTable rows={tableRows ? data.rows.slice(0, tableRows.shown) : data.rows} caption={`Figures by source: ${question.label}`} />
          {tableRows && <MoreRows shown={Math.min(tableRows.shown, data.rows.length)} total={data.rows.length} what="figures" href={tableRows.allHref} />}
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <figcaption className="text-sm text-slate-700">{question.summary}</figcaption>
        {downloadable && <DownloadChartButton targetId={chartId} fileBase={`triangulate-${question.id}`} title={question.label} legend={legend} />}
      </div>
    </figure>
  );
}
