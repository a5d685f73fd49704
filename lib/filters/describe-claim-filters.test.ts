import { describe, expect, it } from "vitest";
import { parseClaimFilters } from "./claim-filters";
import { describeClaimFilters } from "./describe-claim-filters";

const names = {
  sourceName: (id: string) => ({ gur: "GUR", nis: "NIS" })[id] ?? id,
  questionLabel: () => "North Korean troops in Russia",
  articleTitle: () => "Near 11,000",
};

describe("describeClaimFilters", () => {
  it.each([
    [{}, 42, "42 claims, newest first"],
    [{ source: ["gur", "nis"], question: "q1" }, 12, "12 claims from GUR and NIS about North Korean troops in Russia, newest first"],
    [{ source: "gur", sort: "-value" }, 1, "1 claim from GUR, largest figure first"],
    [{ from: "2024-10", to: "2024-11-30", min: "1000" }, 3, "3 claims dated October 2024 to 30 November 2024 with figures of at least 1,000, newest first"],
    [{ q: "Koursk", category: "casualties" }, 0, "0 claims in category “Casualties” matching “Koursk”, newest first"],
    [{ review: ["corrected", "added"] }, 2, "2 claims corrected by an analyst or added by an analyst, newest first"],
    [{ review: "unreviewed", source: "nis" }, 5, "5 claims from NIS not yet reviewed, newest first"],
  ])("says %j in words", (params, total, expected) => {
    expect(describeClaimFilters(total, parseClaimFilters(params).filters, names)).toBe(expected);
  });

  it("says when the count stopped and more claims match", () => {
    expect(describeClaimFilters(10_000, parseClaimFilters({ q: "coreens" }).filters, names, true)).toBe("More than 10,000 claims matching “coreens”, newest first");
  });
});
