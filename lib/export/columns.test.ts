import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "./columns";
import { exportRow } from "./fixtures";

describe("export columns", () => {
  it("are the documented columns, in order", () => {
    expect(EXPORT_COLUMNS).toEqual([
      "id", "question", "source_id", "source", "value_low", "value_best", "value_high", "qualifier", "unit", "category",
      "measure", "as_of", "as_of_precision", "stance", "outlet", "article_id", "article_file", "article_title",
      "published", "quote", "start", "end",
    ]);
  });

  it("give a row's cells in column order", () => {
    const cells = exportRow({ id: 8, end: 40 });
    expect(cells).toHaveLength(EXPORT_COLUMNS.length);
    expect(cells[0]).toBe(8);
    expect(cells[EXPORT_COLUMNS.indexOf("end")]).toBe(40);
  });
});
