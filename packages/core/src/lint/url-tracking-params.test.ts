import { describe, expect, it } from "vitest";
import { validArticle } from "../validate/test-fixture.js";
import { lintArticle } from "./lint-article.js";
import { trackingParams } from "./url-tracking-params.js";

const rule = (url: string) => {
  const article = validArticle();
  article.url = url;
  return lintArticle(article).filter((w) => w.rule === "url-tracking-params");
};

describe("url-tracking-params", () => {
  it("names the tracking parameters of a URL", () => {
    expect(trackingParams("https://a.example/x?utm_source=x&id=3&fbclid=1&utm_source=y")).toEqual([
      "utm_source",
      "fbclid",
    ]);
    expect(trackingParams("https://a.example/x?page=2")).toEqual([]);
    expect(trackingParams("not a url")).toEqual([]);
  });

  it("warns on tracking parameters and on a fragment, and not on a clean URL", () => {
    expect(rule("https://a.example/x?utm_source=x#top").map((w) => w.message)).toEqual([
      expect.stringContaining("(utm_source)"),
      expect.stringContaining("#fragment"),
    ]);
    expect(rule("https://a.example/x?page=2")).toEqual([]);
  });
});
