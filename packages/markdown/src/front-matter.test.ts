import type { Article } from "@newsdoc/core/kit";
import { fcParams, validText } from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { yamlString } from "./front-matter.js";
import { toMarkdown } from "./to-markdown.js";

const article: Article = {
  newsdoc: 1,
  id: "a",
  url: "https://example.org/news/1",
  language: "en-GB",
  headline: 'Russia "denies": yes # no',
  description: "Line one\nline two\u2028three",
  section: "World",
  keywords: ["Syria", "- dash", "null"],
  datePublished: "2015-09-11T10:00:00Z",
  dateModified: "2015-09-11T12:00:00+02:00",
  authors: ["jane"],
  publisher: "nw",
  entities: [
    { type: "Person", id: "jane", name: "Jane O'Doe" },
    { type: "Organization", id: "nw", name: "Newsweek" },
  ],
  quotes: [],
  claims: [],
  body: [],
};

function frontMatterOf(markdown: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(match).not.toBeNull();
  return parse(match![1]!);
}

describe("front matter", () => {
  it("is valid YAML with the article's metadata", () => {
    expect(frontMatterOf(toMarkdown(article, { frontMatter: true }))).toEqual({
      title: 'Russia "denies": yes # no',
      description: "Line one\nline two\u2028three",
      date: "2015-09-11T10:00:00Z",
      dateModified: "2015-09-11T12:00:00+02:00",
      authors: ["Jane O'Doe"],
      publisher: "Newsweek",
      section: "World",
      tags: ["Syria", "- dash", "null"],
      canonical: "https://example.org/news/1",
      language: "en-GB",
    });
  });

  it("is left out by default", () => {
    expect(toMarkdown(article).startsWith("# ")).toBe(true);
  });

  it("quotes any string so that YAML reads it back", () => {
    fc.assert(
      fc.property(fc.oneof(validText({ blank: true }), fc.string({ unit: "binary" })), (s) => {
        expect(parse(`k: ${yamlString(s)}`)).toEqual({ k: s });
      }),
      fcParams(),
    );
  });
});
