import { LazyTimelineChart as TimelineChart } from "./lazy-charts";
import { MoreRows } from "../questions/more-rows";
import { buildTimelineData, toTimelineWire, type TimelineClaim } from "./timeline-data";

interface Props {
  label: string;
  unit: string;
  claims: TimelineClaim[];
  /** The table lists the latest this many points (the chart plots every one), with the link to all of them. */
  tableRows?: { shown: number; allHref: string };
  /** The table is open as the page loads: when its every row was asked for. */
  tableOpen?: boolean;
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The timeline, its legend and a table of the same points; undated claims and denials are said in words. */
export function TimelineFigure({ label, unit, claims, tableRows, tableOpen = false }: Props) {
  const data = buildTimelineData(claims);
  const points = data.series.flatMap((s) => s.points.map((p) => ({ ...p, label: s.label }))).sort((a, b) => a.t - b.t);
  const listed = tableRows && points.length > tableRows.shown ? points.slice(points.length - tableRows.shown) : points;
  const caption = points.length
    ? `${plural(points.length, "dated figure")} from ${plural(data.series.length, "source")} over time`
    : "No figure in this question has a date";
  return (
    <figure className="space-y-3">
      {points.length > 0 && (
        <>
          <TimelineChart data={toTimelineWire(data)} unit={unit} label={`Timeline of ${label}: ${caption}`} />
          <ul aria-label="Sources on the timeline" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
            {data.series.map((s) => (
              <li key={s.key} className="flex items-center gap-1.5">
                <span aria-hidden className="inline-block size-3 rounded-full" style={{ backgroundColor: s.color }} />
                {s.label}
              </li>
            ))}
            <li className="flex items-center gap-1.5 text-slate-600">
              <span aria-hidden className="inline-block size-3 rounded-full border-2 border-slate-700 bg-white" />
              hollow: no date in the text, article date used
            </li>
          </ul>
        </>
      )}
      <figcaption className="text-sm text-slate-700">{caption}.</figcaption>
      {data.denials.length > 0 && (
        <p className="text-sm text-slate-700">
          Denials: {data.denials.map((d) => `${d.label} (${d.dateText}${d.articleDate ? ", article date" : ""})`).join("; ")}.
        </p>
      )}
      {data.undatedCount > 0 && (
        <p className="text-sm text-slate-600">
          {data.undatedCount === 1 ? "1 claim has no date, so it is" : `${data.undatedCount} claims have no date, so they are`} not on the timeline.
        </p>
      )}
      {points.length > 0 && (
        <details open={tableOpen} className="rounded border border-slate-200 bg-slate-50 p-2 text-sm">
          <summary className="cursor-pointer font-medium">Timeline as a table</summary>
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">Dated figures of {label}</caption>
            <thead className="text-slate-600">
              <tr><th scope="col" className="py-1 pr-2">Date</th><th scope="col" className="py-1 pr-2">Source</th><th scope="col" className="py-1">Figure</th></tr>
            </thead>
            <tbody>
              {listed.map((p) => (
                <tr key={p.claimId} className="border-t border-slate-200">
                  <td className="py-1 pr-2">{p.dateText}{p.articleDate && <span className="text-xs text-slate-600"> (article date)</span>}</td>
                  <td className="py-1 pr-2">{p.label}</td>
                  <td className="py-1 tabular-nums">{p.valueText}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {tableRows && <MoreRows shown={listed.length} total={points.length} what="dated figures" which=", the latest" href={tableRows.allHref} />}
        </details>
      )}
    </figure>
  );
}
