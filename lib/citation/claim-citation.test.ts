import { describe, expect, it } from "vitest";
import { citationText } from "./claim-citation";

const article = { title: "Des soldats en Russie", publisher: "Le Monde", published: "2024-10-23", url: "https://example.org/a" };

describe("a claim's citation", () => {
  it("says who, the figure as stated, when, where and the quote", () => {
    const claim = { value: { low: null, best: 11000, high: null }, qualifier: "approx", unit: "soldiers", stance: "asserts", measure: "North Korean soldiers in Russia", source: { id: "gur", name: "GUR" }, asOf: "2024-10", quote: "près de 11 000 soldats" };
    expect(citationText(claim, article, "http://localhost/claims/7")).toBe(
      [
        "Who: GUR",
        "Figure: about 11,000 soldiers (North Korean soldiers in Russia)",
        "As of: October 2024",
        "Outlet: Le Monde",
        "Title: Des soldats en Russie",
        "Published: 23 October 2024",
        "URL: https://example.org/a",
        "Quote: “près de 11 000 soldats”",
        "Claim: http://localhost/claims/7",
      ].join("\n"),
    );
  });

  it("names the article's own voice, a denial and a missing date for what they are", () => {
    const claim = { value: { low: null, best: null, high: null }, qualifier: "exact", unit: "soldiers", stance: "denies", measure: "soldiers", source: null, asOf: null, quote: "aucun soldat" };
    const text = citationText(claim, { ...article, url: null, published: null }, "/claims/8");
    expect(text).toContain("Who: the article itself (no source named)");
    expect(text).toContain("Figure: denies (soldiers)");
    expect(text).toContain("As of: not stated");
    expect(text).toContain("URL: none given");
  });
});
