// The SVG marks of the source range chart. Each mark reads its row from the
// payload, so one Bar and two Lines can draw every kind of figure.
import type { BarShapeProps, DotItemDotProps, TooltipContentProps } from "recharts";
import { qualifierNote } from "./chart-format";
import { AS_OF_NOT_STATED } from "@/lib/format/words";
import type { RangeRow } from "./source-range-data";

const ARROW = 7;

/** A range as a translucent band; an open end (at least / up to) gets an arrow instead of an edge. */
export function RangeBarShape(props: BarShapeProps) {
  const row = props.payload as RangeRow | undefined;
  const { x, y, width, height } = props;
  if (!row || !row.range || !Number.isFinite(width) || width <= 0) return <g />;
  const midY = y + height / 2;
  const right = x + width;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={row.color} fillOpacity={0.28} />
      <line x1={x} x2={right} y1={y} y2={y} stroke={row.color} strokeDasharray={row.kind === "range" ? undefined : "4 3"} />
      <line x1={x} x2={right} y1={y + height} y2={y + height} stroke={row.color} strokeDasharray={row.kind === "range" ? undefined : "4 3"} />
      {row.kind !== "at-most" && <line x1={x} x2={x} y1={y} y2={y + height} stroke={row.color} strokeWidth={2} />}
      {row.kind !== "at-least" && <line x1={right} x2={right} y1={y} y2={y + height} stroke={row.color} strokeWidth={2} />}
      {row.kind === "at-least" && <path d={`M${right - ARROW},${midY - ARROW} L${right},${midY} L${right - ARROW},${midY + ARROW}`} fill="none" stroke={row.color} strokeWidth={2} />}
    </g>
  );
}

/** The best value: a filled dot for a stated figure, a hollow one for a value derived from a range. */
export function PointMark(props: DotItemDotProps) {
  const row = props.payload as RangeRow | undefined;
  const { cx, cy } = props;
  if (!row || row.point === null || typeof cx !== "number" || typeof cy !== "number") return <g key={props.index} />;
  return (
    <g key={props.index}>
      <line x1={cx} x2={cx} y1={cy - 11} y2={cy + 11} stroke={row.color} strokeWidth={2} />
      <circle cx={cx} cy={cy} r={6} fill={row.pointDerived ? "#ffffff" : row.color} stroke={row.pointDerived ? row.color : "#ffffff"} strokeWidth={2} />
    </g>
  );
}

/** A denial is a statement, not a zero: a hatched, outlined "denies" label at the start of the row. */
export function DenialMark(props: DotItemDotProps & { patternId: string }) {
  const row = props.payload as RangeRow | undefined;
  const { cx, cy, patternId } = props;
  if (!row || row.denyAt === null || typeof cx !== "number" || typeof cy !== "number") return <g key={props.index} />;
  const id = `${patternId}-${props.index}`;
  return (
    <g key={props.index}>
      <defs>
        <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={6} stroke={row.color} strokeWidth={2} strokeOpacity={0.35} />
        </pattern>
      </defs>
      <rect x={cx + 2} y={cy - 10} width={62} height={20} rx={3} fill={`url(#${id})`} stroke={row.color} strokeWidth={1.5} strokeDasharray="3 2" />
      <text x={cx + 33} y={cy + 4} textAnchor="middle" fontSize={12} fontWeight={600} fill="#1e293b">denies</text>
    </g>
  );
}

export function RangeTooltip({ active, payload }: Partial<TooltipContentProps<number, string>>) {
  const row = active ? (payload?.[0]?.payload as RangeRow | undefined) : undefined;
  if (!row) return null;
  return (
    <div className="rounded border border-slate-300 bg-white px-3 py-2 text-sm shadow">
      <p className="flex items-center gap-2 font-medium">
        <span aria-hidden className="inline-block size-3 rounded-sm" style={{ backgroundColor: row.color }} />
        {row.name}
      </p>
      <p className="tabular-nums">{row.valueText}{row.kind !== "denies" && <span className="text-slate-600"> · {qualifierNote(row.qualifier)}</span>}</p>
      {row.pointDerived && row.point !== null && <p className="text-xs text-slate-600">Plotted at {row.point.toLocaleString("en-US")}, the middle of its range</p>}
      <p className="text-xs text-slate-600">{row.dateText ?? `as of ${AS_OF_NOT_STATED}`}</p>
      {row.reviewText && <p className="text-xs text-slate-600">Review: {row.reviewText}</p>}
    </div>
  );
}
