"use client";

import { CartesianGrid, ErrorBar, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { CHART_INK, formatTick, unitLabel, TIMELINE_HEIGHT } from "./chart-format";
import type { TimelineData, TimelinePoint, TimelineSeries } from "./timeline-data";

interface Props {
  data: TimelineData;
  unit: string;
  label: string;
  animate?: boolean;
}

const TICK_FORMATS = {
  month: new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }),
  day: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
};

/** A point as the dot and the tooltip draw it: with its series' label and colour. */
type PlottedPoint = TimelinePoint & { label: string; color: string };

function plotted(series: TimelineSeries): PlottedPoint[] {
  return series.points.map((p) => ({ ...p, label: series.label, color: series.color }));
}

/** A dot per claim; hollow when the date is only the article's publication date. */
function ClaimDot(props: { cx?: number; cy?: number; payload?: PlottedPoint }) {
  const { cx, cy, payload } = props;
  if (typeof cx !== "number" || typeof cy !== "number" || !payload) return <g />;
  return payload.articleDate ? (
    <circle cx={cx} cy={cy} r={5} fill="#ffffff" stroke={payload.color} strokeWidth={2.5} />
  ) : (
    <circle cx={cx} cy={cy} r={5.5} fill={payload.color} stroke="#ffffff" strokeWidth={1.5} />
  );
}

function TimelineTooltip({ active, payload }: Partial<TooltipContentProps<number, string>>) {
  const point = active ? (payload?.[0]?.payload as PlottedPoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div className="rounded border border-slate-300 bg-white px-3 py-2 text-sm shadow">
      <p className="flex items-center gap-2 font-medium">
        <span aria-hidden className="inline-block size-3 rounded-sm" style={{ backgroundColor: point.color }} />
        {point.label}
      </p>
      <p className="tabular-nums">{point.valueText}</p>
      <p className="text-xs text-slate-600">{point.dateText}{point.articleDate ? " (article date)" : ""}</p>
    </div>
  );
}

/** Each source's figures over time, joined in date order so a revision reads as a step. */
export function TimelineChart({ data, unit, label, animate = true }: Props) {
  const animation = animate ? "auto" : false;
  return (
    <div role="img" aria-label={label} style={{ height: TIMELINE_HEIGHT }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 12, right: 24, bottom: 28, left: 16 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_INK.grid} />
          <XAxis
            type="number"
            dataKey="t"
            domain={data.domain}
            ticks={data.ticks}
            tickFormatter={(t: number) => TICK_FORMATS[data.tickUnit].format(t)}
            tick={{ fill: CHART_INK.tick, fontSize: 12 }}
            label={{ value: "Date (as of, else article date)", position: "insideBottom", offset: -16, fill: CHART_INK.tick, fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="value"
            domain={[0, (dataMax: number) => Math.ceil(dataMax * 1.1)]}
            tickFormatter={formatTick}
            tick={{ fill: CHART_INK.tick, fontSize: 12 }}
            label={{ value: unitLabel(unit), angle: -90, position: "insideLeft", fill: CHART_INK.tick, fontSize: 12 }}
          />
          <Tooltip content={<TimelineTooltip />} cursor={{ stroke: CHART_INK.consensus }} isAnimationActive={animation} />
          {data.series.map((s) => (
            <Scatter key={s.key} name={s.label} data={plotted(s)} fill={s.color} line={{ stroke: s.color, strokeWidth: 2 }} shape={ClaimDot} isAnimationActive={animation}>
              <ErrorBar dataKey="spread" direction="y" width={6} stroke={s.color} />
            </Scatter>
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
