import { article } from "@newsdoc/core/example";
import { plainText } from "@newsdoc/core/kit";
import { describe, expect, it } from "vitest";
import { readSourceArticle } from "./source-article.js";

const source = readSourceArticle();

describe("the example article says what the source says", () => {
  it("reads the source fixture as headline, dek, caption, credit and 11 paragraphs", () => {
    expect(source.paragraphs).toHaveLength(11);
    expect(source.credit).toBe("Alexei Nikolsky/RIA Novosti/Kremlin/Reuters");
  });

  it("has the source's headline and dek", () => {
    expect(article.headline).toBe(source.headline);
    expect(article.alternativeHeadline).toBe(source.dek);
  });

  it("has the source's photo caption and credit", () => {
    expect(plainText(article.image?.caption ?? [])).toBe(source.caption);
    expect(article.image?.credit?.text).toBe(source.credit);
  });

  it("has a body that is the source's paragraphs, word for word", () => {
    expect(article.body.map((block) => block.type)).toEqual(
      source.paragraphs.map(() => "paragraph"),
    );
    expect(plainText(article.body)).toBe(source.paragraphs.join("\n\n"));
  });

  it("invents no URL, date, byline, author, description or image file", () => {
    expect(article.url).toBeUndefined();
    expect(article.datePublished).toBeUndefined();
    expect(article.dateModified).toBeUndefined();
    expect(article.byline).toBeUndefined();
    expect(article.authors).toEqual([]);
    expect(article.description).toBeUndefined();
    expect(article.image?.url).toBeUndefined();
    expect(article.image?.alt).toBeUndefined();
    expect(article.image?.width).toBeUndefined();
    expect(article.image?.height).toBeUndefined();
  });

  it("dates only what the source dates: the photo's meeting, June 29, 2015", () => {
    expect(source.caption).toContain("June 29, 2015");
    const dated = article.entities.flatMap((entity) =>
      entity.type === "Event" && entity.startDate ? [[entity.id, entity.startDate]] : [],
    );
    expect(dated).toEqual([["kremlin-meeting", "2015-06-29"]]);
    expect(article.quotes.filter((quote) => quote.when?.date !== undefined)).toEqual([]);
    expect(
      article.entities.filter((entity) => entity.type === "CreativeWork" && entity.datePublished),
    ).toEqual([]);
  });

  it("keeps every time phrase as the text says it", () => {
    for (const quote of article.quotes) {
      if (quote.when) expect(source.text).toContain(quote.when.text);
    }
  });
});
