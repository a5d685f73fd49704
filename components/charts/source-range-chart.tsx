"use client";

import { useId } from "react";
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from "recharts";
import { CHART_INK, formatTick, rangeChartHeight, unitLabel } from "./chart-format";
import { DenialMark, PointMark, RangeBarShape, RangeTooltip } from "./range-chart-marks";
import type { RangeChartData } from "./source-range-data";

interface Props {
  data: RangeChartData;
  unit: string;
  /** Read by screen readers in place of the drawing; the table next to it holds the figures. */
  label: string;
  /** "auto" leaves it to Recharts, which turns animation off under prefers-reduced-motion. */
  animate?: boolean;
}

/** One row per source: a band from low to high for ranges, a dot at the best value, a "denies" label for denials. */
export function SourceRangeChart({ data, unit, label, animate = true }: Props) {
  const patternId = `deny${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const animation = animate ? "auto" : false;
  const height = rangeChartHeight(data.rows.length);
  const renderDenial = (props: DotItemDotProps) => <DenialMark {...props} key={props.index} patternId={patternId} />;

  return (
    <div role="img" aria-label={label} style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data.rows} layout="vertical" margin={{ top: 22, right: 24, bottom: 28, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={CHART_INK.grid} />
          <XAxis
            type="number"
            domain={[0, data.domainMax]}
            allowDataOverflow
            tickFormatter={formatTick}
            tick={{ fill: CHART_INK.tick, fontSize: 12 }}
            label={{ value: unitLabel(unit), position: "insideBottom", offset: -16, fill: CHART_INK.tick, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={170}
            interval={0}
            tick={{ fill: CHART_INK.tick, fontSize: 12 }}
            label={{ value: "Source", position: "top", offset: 10, fill: CHART_INK.tick, fontSize: 12 }}
          />
          {data.consensus && (
            <ReferenceArea
              x1={data.consensus.low}
              x2={data.consensus.high}
              fill={CHART_INK.consensus}
              fillOpacity={0.45}
              ifOverflow="hidden"
              label={{ value: "consensus", position: "insideTop", fill: CHART_INK.tick, fontSize: 11 }}
            />
          )}
          <Tooltip content={<RangeTooltip />} cursor={{ fill: CHART_INK.cursor }} isAnimationActive={animation} />
          <Bar dataKey="range" barSize={16} shape={RangeBarShape} isAnimationActive={animation} />
          <Line dataKey="point" stroke="none" dot={PointMark} activeDot={false} isAnimationActive={false} legendType="none" />
          <Line dataKey="denyAt" stroke="none" dot={renderDenial} activeDot={false} isAnimationActive={false} legendType="none" />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
