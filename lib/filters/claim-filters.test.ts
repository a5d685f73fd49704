import { describe, expect, it } from "vitest";
import { claimFiltersToSearchParams, parseClaimFilters, parseClaimFiltersStrict, withKnownSources } from "./claim-filters";

describe("claim filters", () => {
  it("reads repeatable sources, numbers and dates", () => {
    const { filters, ignored } = parseClaimFilters({ source: ["gur", "nis"], min: "1000", from: "2024-10", page: "2" });
    expect(ignored).toEqual([]);
    expect(filters).toMatchObject({ source: ["gur", "nis"], min: 1000, from: "2024-10", page: 2, sort: "-date", pageSize: 25 });
  });

  it("falls back to defaults on a page and names what it ignored", () => {
    const { filters, ignored } = parseClaimFilters({ page: "abc", sort: "badcolumn", category: "weather", source: "gur" });
    expect(ignored).toEqual(["category", "sort", "page"]);
    expect(filters).toMatchObject({ page: 1, sort: "-date", source: ["gur"] });
    expect(filters.category).toBeUndefined();
  });

  it("refuses the same input on the API, naming the parameter", () => {
    const result = parseClaimFiltersStrict({ sort: "badcolumn" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["sort"]);
  });

  it("writes back only what differs from the defaults", () => {
    const { filters } = parseClaimFilters({ source: ["gur", "nis"], q: "Koursk" });
    expect(claimFiltersToSearchParams(filters).toString()).toBe("source=gur&source=nis&q=Koursk");
  });

  it("reads agency ids whatever their case", () => {
    expect(parseClaimFilters({ source: ["GUR", "gur", "Nis"] }).filters.source).toEqual(["gur", "nis"]);
  });

  it("sets apart the agency ids no stored source has", () => {
    const { filters } = parseClaimFilters({ source: ["gur", "zzz"] });
    const known = withKnownSources(filters, new Set(["gur", "nis"]));
    expect(known.unknown).toEqual(["zzz"]);
    expect(known.filters.source).toEqual(["gur"]);
    expect(withKnownSources(filters, new Set(["gur", "zzz"])).unknown).toEqual([]);
  });

  it("reads the yes/no filters and refuses other words on the API", () => {
    expect(parseClaimFilters({ ownVoice: "yes", hasAsOf: "0", stance: "denies", language: "fr" }).filters).toMatchObject({ ownVoice: true, hasAsOf: false, stance: "denies", language: "fr" });
    expect(parseClaimFilters({ ownVoice: "maybe" }).ignored).toEqual(["ownVoice"]);
    expect(parseClaimFiltersStrict({ hasAsOf: "perhaps" }).error?.issues[0]?.path).toEqual(["hasAsOf"]);
    expect(claimFiltersToSearchParams(parseClaimFilters({ ownVoice: "1" }).filters).toString()).toBe("ownVoice=true");
  });

  it("reads review statuses, repeatable, and refuses an unknown one on the API", () => {
    expect(parseClaimFiltersStrict({ review: ["rejected", "added", "rejected"] }).data?.review).toEqual(["rejected", "added"]);
    expect(parseClaimFilters({ review: "maybe" })).toMatchObject({ filters: { review: [] }, ignored: ["review"] });
    expect(parseClaimFiltersStrict({ review: "maybe" }).success).toBe(false);
  });
});

describe("loose values refused", () => {
  it.each([
    ["from", "2024-02-30"],
    ["to", "2024-13"],
    ["min", "0x10"],
    ["min", " 5"],
    ["max", "1e3"],
    ["max", "Infinity"],
    ["article", "0x10"],
    ["page", "2.5"],
    ["pageSize", " 10"],
  ])("%s=%j is a 400, not a value", (key, value) => {
    const parsed = parseClaimFiltersStrict({ [key]: value });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path[0]).toBe(key);
  });

  it("reads an empty field as no filter, not as 0", () => {
    const parsed = parseClaimFiltersStrict({ min: "", max: " ", from: "", article: "", page: "" });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ min: undefined, max: undefined, from: undefined, article: undefined, page: 1 });
  });

  it("still reads plain numbers and real dates", () => {
    expect(parseClaimFiltersStrict({ min: "-2.5", max: "3000", from: "2024-02-29", to: "2024-12", page: "3", pageSize: "50", article: "7" }).data).toMatchObject({
      min: -2.5,
      max: 3000,
      from: "2024-02-29",
      to: "2024-12",
      page: 3,
      pageSize: 50,
      article: 7,
    });
  });
});
