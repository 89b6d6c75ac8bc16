import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import { safeParseArticle } from "./parse-article.js";
import { validArticle } from "./test-fixture.js";

function codes(article: Article): [string, (string | number)[]][] {
  const result = safeParseArticle(article);
  return result.success ? [] : result.error.issues.map((i) => [i.code, i.path]);
}

describe("publishing fields", () => {
  it("accepts access, dateline, corrections, translations, section path, backstory and renditions", () => {
    const article = validArticle();
    article.access = { kind: "metered", freeBlocks: 1 };
    article.dateline = "moscow";
    article.corrections = [
      { date: "2015-09-12T09:00:00Z", text: "An earlier version misspelt a name." },
    ];
    article.translations = [
      { language: "ru", url: "https://news.example.com/ru/2015/09/russia-syria" },
    ];
    article.sectionPath = [{ name: "World", url: "https://news.example.com/world" }];
    article.backstory = "Reported from wire copy and the Gazeta interview.";
    article.image!.renditions = [
      { url: "https://img.example.com/a-16x9.jpg", width: 1600, height: 900 },
    ];
    expect(codes(article)).toEqual([]);
  });

  it("rejects freeBlocks on a free article and beyond the body", () => {
    const free = validArticle();
    free.access = { kind: "free", freeBlocks: 1 };
    expect(codes(free)).toEqual([["invalid_value", ["access", "freeBlocks"]]]);
    const long = validArticle();
    long.access = { kind: "subscription", freeBlocks: long.body.length + 1 };
    expect(codes(long)).toEqual([["invalid_value", ["access", "freeBlocks"]]]);
  });

  it("rejects an unknown access kind by shape", () => {
    const article = validArticle();
    (article as unknown as { access: unknown }).access = { kind: "premium" };
    expect(codes(article).map(([code]) => code)).toEqual(["invalid_value"]);
  });

  it("rejects a dateline that is not a Place", () => {
    const article = validArticle();
    article.dateline = "reporter";
    expect(codes(article)).toEqual([["wrong_reference_kind", ["dateline"]]]);
    article.dateline = "nowhere";
    expect(codes(article)).toEqual([["unknown_reference", ["dateline"]]]);
  });

  it("rejects a correction dated before publication", () => {
    const article = validArticle();
    article.corrections = [{ date: "2015-09-10T09:00:00Z", text: "Corrected." }];
    expect(codes(article)).toEqual([["date_order", ["corrections", 0, "date"]]]);
  });

  it("rejects a translation in the article's own language and two in one language", () => {
    const article = validArticle();
    article.translations = [
      { language: "en-gb", url: "https://news.example.com/a" },
      { language: "ru", url: "https://news.example.com/ru/a" },
      { language: "RU", url: "https://news.example.com/ru/b" },
    ];
    expect(codes(article)).toEqual([
      ["invalid_value", ["translations", 0, "language"]],
      ["invalid_value", ["translations", 2, "language"]],
    ]);
  });

  it("rejects renditions without a size", () => {
    const article = validArticle();
    (article.image as unknown as { renditions: unknown }).renditions = [
      { url: "https://img.example.com/a.jpg", width: 1600 },
    ];
    expect(codes(article)).toEqual([["missing_field", ["image", "renditions", 0, "height"]]]);
  });
});
