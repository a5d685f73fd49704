import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "./columns";

describe("export columns", () => {
  it("are the documented columns, in order", () => {
    expect(EXPORT_COLUMNS).toEqual([
      "id", "question", "source_id", "source", "value_low", "value_best", "value_high", "qualifier", "unit", "category",
      "measure", "as_of", "as_of_precision", "stance", "outlet", "article_id", "article_file", "article_title",
      "published", "quote", "start", "end",
    ]);
  });
});
