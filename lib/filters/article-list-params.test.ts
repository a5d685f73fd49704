import { describe, expect, it } from "vitest";
import { ARTICLES_PAGE_SIZE, articlesHref, parseArticleListParams } from "./article-list-params";

describe("the article list's search params", () => {
  it("default to the first page of 50", () => {
    expect(parseArticleListParams({})).toEqual({ filters: { page: 1, pageSize: ARTICLES_PAGE_SIZE }, ignored: [] });
  });

  it("ignore a bad value, name it, and keep the rest", () => {
    expect(parseArticleListParams({ page: "two", pageSize: "10" })).toEqual({ filters: { page: 1, pageSize: 10 }, ignored: ["page"] });
    expect(parseArticleListParams({ pageSize: "100000" }).ignored).toEqual(["pageSize"]);
  });

  it("give back a URL without the defaults", () => {
    expect(articlesHref({ page: 1, pageSize: ARTICLES_PAGE_SIZE })).toBe("/articles");
    expect(articlesHref({ page: 3, pageSize: 10 })).toBe("/articles?page=3&pageSize=10");
  });
});
