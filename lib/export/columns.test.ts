import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS, withFigureAsStated } from "./columns";
import { exportRow } from "./fixtures";

const cell = (cells: ReturnType<typeof exportRow>, column: (typeof EXPORT_COLUMNS)[number]) => cells[EXPORT_COLUMNS.indexOf(column)];

describe("export columns", () => {
  it("are the documented columns, in order", () => {
    expect(EXPORT_COLUMNS).toEqual([
      "id", "question", "question_label", "source_id", "source", "figure_as_stated", "value_low", "value_best", "value_high",
      "qualifier", "unit", "category", "measure", "as_of", "as_of_precision", "stance", "outlet", "article_id", "article_file",
      "article_title", "article_url", "published", "date_note", "quote", "start", "end",
      "review_status", "reject_reason", "machine_value_low", "machine_value_best", "machine_value_high", "machine_source_id", "machine_source",
    ]);
  });
});

describe("the figure as stated", () => {
  it.each([
    [{ value_low: 30, value_best: 30, value_high: null, qualifier: "at_least" }, "at least 30"],
    [{ value_low: null, value_best: 10000, value_high: null, qualifier: "approx" }, "about 10,000"],
    [{ value_low: 2000, value_best: null, value_high: 9999, qualifier: "vague" }, "several thousand (2,000–9,999)"],
    [{ value_low: null, value_best: null, value_high: null, qualifier: "exact", stance: "denies" }, "denies"],
  ])("%o reads %s", (values, expected) => {
    const cells = withFigureAsStated(exportRow({ figure_as_stated: null, ...values }));
    expect(cell(cells, "figure_as_stated")).toBe(expected);
  });
});
