import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS, exportCells, toExportRow } from "./columns";
import { exportItem } from "./fixtures";

describe("export columns", () => {
  it("are the documented columns, in order", () => {
    expect(EXPORT_COLUMNS).toEqual([
      "id", "question", "source_id", "source", "value_low", "value_best", "value_high", "qualifier", "unit", "category",
      "measure", "as_of", "as_of_precision", "stance", "outlet", "article_id", "article_file", "article_title",
      "published", "quote", "start", "end",
    ]);
  });

  it("flatten a claim with its article", () => {
    const row = toExportRow(exportItem());
    expect(row).toMatchObject({
      id: 7,
      source_id: "gur",
      source: "GUR",
      value_best: 11000,
      value_low: null,
      as_of: "2024-10",
      as_of_precision: "month",
      outlet: "Avion-Chasse.fr",
      article_id: 3,
      article_file: "001_article.txt",
      published: "2024-10-23",
      start: 10,
      end: 32,
    });
    expect(exportCells(row)).toHaveLength(EXPORT_COLUMNS.length);
    expect(exportCells(row)[0]).toBe(7);
  });

  it("leave the source empty when the article speaks in its own voice", () => {
    const row = toExportRow(exportItem({ source: null }));
    expect(row.source_id).toBeNull();
    expect(row.source).toBeNull();
  });
});
