"use client";

// Recharts is the largest script of the app: the charts load after the page
// has shown its figures (the tables beside each chart), in space kept for them
// so nothing jumps when they arrive.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { rangeChartHeight, TIMELINE_HEIGHT } from "./chart-format";
import type { SourceRangeChart } from "./source-range-chart";
import type { TimelineChart } from "./timeline-chart";

function Placeholder() {
  return <div role="status" aria-label="Loading the chart" className="h-full w-full animate-pulse rounded bg-slate-100" />;
}

const RangeChart = dynamic(() => import("./source-range-chart").then((m) => m.SourceRangeChart), { ssr: false, loading: Placeholder });
const Timeline = dynamic(() => import("./timeline-chart").then((m) => m.TimelineChart), { ssr: false, loading: Placeholder });

export function LazySourceRangeChart(props: ComponentProps<typeof SourceRangeChart>) {
  return (
    <div style={{ minHeight: rangeChartHeight(props.data.rows.length) }}>
      <RangeChart {...props} />
    </div>
  );
}

export function LazyTimelineChart(props: ComponentProps<typeof TimelineChart>) {
  return (
    <div style={{ minHeight: TIMELINE_HEIGHT }}>
      <Timeline {...props} />
    </div>
  );
}
