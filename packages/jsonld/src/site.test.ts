import { describe, expect, test } from "vitest";
import { maximalSite } from "./__fixtures__/site.js";
import { checkSite, SiteConfigError, siteBase, siteIds } from "./site.js";

const problems = (value: unknown): readonly string[] => {
  try {
    checkSite(value);
  } catch (error) {
    if (error instanceof SiteConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("checkSite", () => {
  test("accepts a complete configuration and returns it", () => {
    expect(checkSite(maximalSite)).toBe(maximalSite);
    expect(problems({ name: "The Daily", url: "https://news.example.com" })).toEqual([]);
  });

  test("lists every problem with its path and what to write", () => {
    expect(
      problems({
        name: " ",
        url: "news.example.com",
        logo: { url: "https://news.example.com/logo.png", width: 600 },
        publisher: { sameAs: "https://x.example", correctionsPolicy: "/corrections" },
        social: { twitter: "thedaily", facebok: "https://facebook.com/x" },
        language: "en_GB",
        titleTemplate: "The Daily",
        authorUrl: "https://news.example.com/authors/",
        titel: "x",
      }),
    ).toEqual([
      expect.stringMatching(/^site\.titel: unknown key; the keys here are name, url/),
      "site.name: must be a non-empty string",
      'site.url: must be an absolute http(s) URL, got "news.example.com"',
      "site.logo.height: is required",
      "site.publisher.sameAs: must be a list of URLs",
      'site.publisher.correctionsPolicy: must be an absolute http(s) URL, got "/corrections"',
      expect.stringMatching(/^site\.social\.facebok: unknown key/),
      expect.stringMatching(/^site\.social\.twitter: must be an X\/Twitter handle with its @/),
      expect.stringMatching(/^site\.language: must be a BCP 47 language tag/),
      expect.stringMatching(/^site\.titleTemplate: must be a string with %s/),
      expect.stringMatching(/^site\.authorUrl: must be an absolute http\(s\) URL with \{id\}/),
    ]);
    expect(problems(null)).toEqual([
      "site: must be an object with at least name and url, got null",
    ]);
    expect(() => checkSite({})).toThrow(/Invalid site configuration \(2 problems\)/);
  });

  test("site-wide ids are built on the home page, whatever its spelling", () => {
    expect(siteBase({ name: "x", url: "https://news.example.com" })).toBe(
      "https://news.example.com/",
    );
    expect(siteBase({ name: "x", url: "https://example.com/news?x=1#y" })).toBe(
      "https://example.com/news/",
    );
    expect(siteIds(maximalSite)).toEqual({
      website: "https://news.example.com/#website",
      publisher: "https://news.example.com/#publisher",
      logo: "https://news.example.com/#logo",
    });
  });
});
