import { article } from "@newsdoc/core/example";
import { documentTitle } from "@newsdoc/core/kit";
import { toJsonLd } from "@newsdoc/jsonld";
import { assertSafeHtml } from "@newsdoc/test-utils";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { fixture } from "../__fixtures__/article.js";
import { toHtml } from "../to-html.js";
import { toHtmlDocument } from "./to-html-document.js";

const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

async function validationErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
}

function metas(html: string): string[] {
  return [...html.matchAll(/<meta (?:name|property)="([^"]+)"/g)].map((m) => m[1]!);
}

describe("toHtmlDocument", () => {
  it("matches the reviewed golden file for the example article", async () => {
    await expect(toHtmlDocument(article, { pretty: true })).toMatchFileSnapshot(
      "../__golden__/example.document.html",
    );
  });

  it("passes html-validate's recommended rules with no errors or warnings", async () => {
    for (const subject of [article, fixture]) {
      for (const options of [{}, { pretty: true, appendix: ["quotes", "claims"] as const }]) {
        expect(await validationErrors(toHtmlDocument(subject, options))).toEqual([]);
      }
    }
  });

  it("holds the toHtml fragment in <main> and exactly one JSON-LD script equal to toJsonLd", () => {
    const doc = toHtmlDocument(fixture);
    expect(doc).toContain(`<main>${toHtml(fixture)}</main>`);
    const { jsonLd } = assertSafeHtml(doc, { allowJsonLdScript: "required" });
    expect(JSON.parse(jsonLd[0]!)).toEqual(toJsonLd(fixture));
  });

  it("writes every head tag whose value is known", () => {
    const doc = toHtmlDocument(fixture, { twitterSite: "@newsweek" });
    expect(doc.startsWith('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">')).toBe(
      true,
    );
    expect(doc).toContain(
      '<link rel="canonical" href="https://news.example.com/2015/09/russia-syria">',
    );
    expect(metas(doc)).toEqual([
      "viewport",
      "description",
      "robots",
      "og:type",
      "og:title",
      "og:description",
      "og:url",
      "og:site_name",
      "og:locale",
      "og:image",
      "og:image:width",
      "og:image:height",
      "og:image:alt",
      "article:published_time",
      "article:modified_time",
      "article:author",
      "article:section",
      "article:tag",
      "article:tag",
      "twitter:card",
      "twitter:site",
      "twitter:title",
      "twitter:description",
      "twitter:image",
      "twitter:image:alt",
    ]);
    expect(doc).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(doc).toContain(
      '<meta name="description" content="Moscow denies reports it is sending troops to Syria &amp; says it would consider a request.">',
    );
  });

  it("omits the tags whose values the example article does not have", () => {
    const doc = toHtmlDocument(article);
    expect(doc).not.toContain('rel="canonical"');
    expect(doc).not.toMatch(/content=""/);
    const names = metas(doc);
    for (const absent of [
      "og:url",
      "og:image",
      "article:published_time",
      "article:author",
      "twitter:image",
    ]) {
      expect(names).not.toContain(absent);
    }
    expect(doc).toContain('<meta name="twitter:card" content="summary">');
  });

  it("shortens a long headline for <title> only, at a word", () => {
    expect(documentTitle(fixture.headline)).toBe(
      "Russia Denies Sending Troops to Syria, but Would Consider if Asked…",
    );
    expect(documentTitle("Short")).toBe("Short");
    const doc = toHtmlDocument(fixture, { title: "Custom & title" });
    expect(doc).toContain("<title>Custom &amp; title</title>");
    expect(doc).toContain(`<meta property="og:title" content="${fixture.headline}">`);
  });

  it("stylesheet: default for the class prefix, none, or your own CSS without </style", () => {
    expect(toHtmlDocument(fixture, { classPrefix: "x-" })).toContain(".x-article{");
    expect(toHtmlDocument(fixture, { stylesheet: false })).not.toContain("<style>");
    expect(toHtmlDocument(fixture, { stylesheet: "p{color:red}" })).toContain(
      "<style>p{color:red}</style>",
    );
    expect(() => toHtmlDocument(fixture, { stylesheet: "p{}</STYLE><script>" })).toThrowError(
      /<\/style/,
    );
  });

  it("jsonLd: false leaves the script out; options go to toJsonLd", () => {
    expect(toHtmlDocument(fixture, { jsonLd: false })).not.toContain("<script");
    const doc = toHtmlDocument(fixture, { jsonLd: { quotes: false, claims: false } });
    expect(doc).not.toContain('"Quotation"');
  });

  it("refuses a non-absolute or unsafe canonical and image URL", () => {
    const doc = toHtmlDocument({
      ...fixture,
      url: "javascript:alert(1)",
      image: { ...fixture.image, url: "/relative.jpg" },
    });
    expect(doc).not.toContain('rel="canonical"');
    expect(metas(doc)).not.toContain("og:image");
  });
});
