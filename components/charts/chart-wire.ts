// A chart's rows travel from the server to the browser as the props of a
// client component, serialized once into the page and once more into its RSC
// payload. An array of objects repeats every key on every row and every
// colour, kind and date on every row that has it: at a few hundred rows that
// is most of a question page's bytes. Columns, with a column's repeated values
// listed once, carry the same rows in about a third of the size.

type Value = string | number | boolean | null | readonly number[];

/** A column as sent: its values in row order, or each row's index into the column's distinct values. */
export type WireColumn = { values: Value[] } | { distinct: Value[]; at: number[] };

export interface WireRows<T> {
  length: number;
  columns: { [K in keyof T]: WireColumn };
}

const isScalar = (v: Value) => v === null || typeof v !== "object";

/** A column of few distinct scalars (a colour, a kind, a month, a flag, none) is sent as indexes into them; any other as its values. */
function encodeColumn(values: Value[]): WireColumn {
  if (!values.every(isScalar)) return { values };
  const distinct = new Map<Value, number>();
  for (const v of values) if (!distinct.has(v)) distinct.set(v, distinct.size);
  if (distinct.size > values.length / 2) return { values };
  return { distinct: [...distinct.keys()], at: values.map((v) => distinct.get(v)!) };
}

function decodeColumn(column: WireColumn): Value[] {
  if ("values" in column) return column.values;
  return column.at.map((i) => column.distinct[i] ?? null);
}

/** Rows of one shape (the first row's keys) as columns; `fromWireRows` gives them back equal, key for key. */
export function toWireRows<T extends { [K in keyof T]: Value }>(rows: readonly T[]): WireRows<T> {
  const columns = {} as WireRows<T>["columns"];
  const keys = (rows[0] ? Object.keys(rows[0]) : []) as (keyof T)[];
  for (const key of keys) columns[key] = encodeColumn(rows.map((r) => r[key]));
  return { length: rows.length, columns };
}

export function fromWireRows<T>(wire: WireRows<T>): T[] {
  const rows = Array.from({ length: wire.length }, () => ({}) as Record<string, Value>);
  for (const [key, column] of Object.entries(wire.columns) as [string, WireColumn][]) {
    decodeColumn(column).forEach((v, i) => (rows[i]![key] = v));
  }
  return rows as T[];
}

/** Six significant digits: finer than any screen draws, and 9 bytes where an average's float takes 18. */
export function drawnNumber(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
}
