"use client";

// Recharts is the largest script of the app: the charts load after the page
// has shown its figures (the tables beside each chart), in space kept for them
// so nothing jumps when they arrive.
import dynamic from "next/dynamic";
import { useMemo, type ComponentProps, type ReactNode } from "react";
import { rangeChartHeight, TIMELINE_HEIGHT } from "./chart-format";
import type { SourceRangeChart } from "./source-range-chart";
import { fromRangeChartWire, type RangeChartWire } from "./source-range-data";
import type { TimelineChart } from "./timeline-chart";
import { fromTimelineWire, type TimelineWire } from "./timeline-data";

function Placeholder() {
  return <div data-placeholder role="status" aria-label="Loading the chart" className="h-full w-full animate-pulse rounded bg-slate-100" />;
}

/** The space kept for a chart, with a word for readers whose browser runs no scripts. */
function ChartFrame({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  return (
    <div style={{ minHeight }}>
      <noscript>
        <p className="text-sm text-slate-600">The chart needs JavaScript; the table gives its figures.</p>
      </noscript>
      {children}
    </div>
  );
}

const RangeChart = dynamic(() => import("./source-range-chart").then((m) => m.SourceRangeChart), { ssr: false, loading: Placeholder });
const Timeline = dynamic(() => import("./timeline-chart").then((m) => m.TimelineChart), { ssr: false, loading: Placeholder });

/** The chart's props as the server sends them: its data as columns, unpacked here once. */
type WireProps<C extends typeof SourceRangeChart | typeof TimelineChart, W> = Omit<ComponentProps<C>, "data"> & { data: W };

export function LazySourceRangeChart({ data: wire, ...props }: WireProps<typeof SourceRangeChart, RangeChartWire>) {
  const data = useMemo(() => fromRangeChartWire(wire), [wire]);
  return (
    <ChartFrame minHeight={rangeChartHeight(wire.rows.length)}>
      <RangeChart data={data} {...props} />
    </ChartFrame>
  );
}

export function LazyTimelineChart({ data: wire, ...props }: WireProps<typeof TimelineChart, TimelineWire>) {
  const data = useMemo(() => fromTimelineWire(wire), [wire]);
  return (
    <ChartFrame minHeight={TIMELINE_HEIGHT}>
      <Timeline data={data} {...props} />
    </ChartFrame>
  );
}
