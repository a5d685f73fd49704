import { describe, expect, it } from "vitest";
import { drawnNumber, fromWireRows, toWireRows } from "./chart-wire";

const rows = [
  { name: "GUR", color: "#0072B2", kind: "range", range: [10_000, 12_000], point: 11_000, derived: true, review: null },
  { name: "NIS", color: "#0072B2", kind: "exact", range: null, point: 3_000, derived: false, review: "Confirmed" },
  { name: "Pentagon", color: "#E69F00", kind: "exact", range: null, point: 10_000, derived: false, review: null },
  { name: "ISW", color: "#0072B2", kind: "exact", range: null, point: 11_000, derived: false, review: null },
];

describe("chart rows as columns", () => {
  it("gives back equal rows, key for key and in order", () => {
    expect(fromWireRows(toWireRows(rows))).toEqual(rows);
  });

  it("sends a column of few distinct scalars once each, and every other column as its values", () => {
    const { columns } = toWireRows(rows);
    expect(columns.color).toEqual({ distinct: ["#0072B2", "#E69F00"], at: [0, 0, 1, 0] });
    expect(columns.review).toEqual({ distinct: [null, "Confirmed"], at: [0, 1, 0, 0] });
    expect(columns.name).toEqual({ values: ["GUR", "NIS", "Pentagon", "ISW"] });
    expect(columns.derived).toEqual({ distinct: [true, false], at: [0, 1, 1, 1] });
    expect(columns.point).toEqual({ values: [11_000, 3_000, 10_000, 11_000] });
    expect(columns.range).toEqual({ values: [[10_000, 12_000], null, null, null] });
  });

  it("is smaller than the rows it carries once serialized", () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...rows[i % 4]!, name: `Source ${i}` }));
    expect(JSON.stringify(toWireRows(many)).length).toBeLessThan(JSON.stringify(many).length * 0.5);
  });

  it("carries no rows as no columns", () => {
    expect(fromWireRows(toWireRows([]))).toEqual([]);
  });
});

describe("drawn numbers", () => {
  it.each([
    [8845.925925925925, 8845.93],
    [143314.57142857142, 143315],
    [11000, 11000],
    [0.123456789, 0.123457],
    [1_200_000, 1_200_000],
  ])("draws %s as %s", (value, drawn) => {
    expect(drawnNumber(value)).toBe(drawn);
  });
});
