import { parseArticle } from "@newsdoc/core";
import { describe, expect, it } from "vitest";
import { publisherArticle, site } from "../document/__fixtures__/publisher.js";
import { toHtmlDocument } from "../document/to-html-document.js";
import { fromHtml } from "./from-html.js";

describe("fromHtml reads the publishing fields a page carries (issue #19)", () => {
  it("a newsdoc page with a site: access, dateline, corrections, backstory, renditions, translations and the breadcrumb's sections", () => {
    const { article, report } = fromHtml(toHtmlDocument(publisherArticle, { site }));
    expect(article.access).toEqual(publisherArticle.access);
    expect(article.dateline).toBe(publisherArticle.dateline);
    expect(article.corrections).toEqual(publisherArticle.corrections);
    expect(article.backstory).toBe(publisherArticle.backstory);
    expect(article.image?.renditions).toEqual(publisherArticle.image?.renditions);
    expect(article.translations).toEqual(publisherArticle.translations);
    expect(article.sectionPath).toEqual(publisherArticle.sectionPath);
    // The notices are read as fields, not left in the body as text.
    expect(JSON.stringify(article.body)).not.toContain("misnamed the news agency");
    expect(report.filter((r) => r.reason === "renditions" || r.reason === "access")).toEqual([]);
    parseArticle(article);
  });

  it("another CMS's page: hreflang alternates, JSON-LD paywall without a marked part, breadcrumb, noindex", () => {
    const page = `<!doctype html><html lang="en"><head>
      <title>Harbour talks</title>
      <link rel="canonical" href="https://cms.example.org/a">
      <link rel="alternate" hreflang="en" href="https://cms.example.org/a">
      <link rel="alternate" hreflang="de" href="https://cms.example.org/de/a">
      <link rel="alternate" hreflang="x-default" href="https://cms.example.org/a">
      <meta name="robots" content="noindex, max-image-preview:large">
      <script type="application/ld+json">${JSON.stringify({
        "@context": "https://schema.org",
        "@graph": [
          {
            "@type": "NewsArticle",
            headline: "Harbour talks",
            isAccessibleForFree: "False",
            hasPart: {
              "@type": "WebPageElement",
              isAccessibleForFree: "False",
              cssSelector: ".premium",
            },
            backstory: "Written from the ministry's statement.",
          },
          {
            "@type": "BreadcrumbList",
            itemListElement: [
              {
                "@type": "ListItem",
                position: 2,
                name: "Business",
                item: "https://cms.example.org/business",
              },
              { "@type": "ListItem", position: 1, name: "Home", item: "https://cms.example.org/" },
              {
                "@type": "ListItem",
                position: 3,
                name: "Harbour talks",
                item: "https://cms.example.org/a",
              },
            ],
          },
        ],
      })}</script>
    </head><body><article><h1>Harbour talks</h1><p>The talks ended.</p></article></body></html>`;
    const { article, report } = fromHtml(page);
    expect(article.translations).toEqual([{ language: "de", url: "https://cms.example.org/de/a" }]);
    expect(article.sectionPath).toEqual([
      { name: "Business", url: "https://cms.example.org/business" },
    ]);
    expect(article.backstory).toBe("Written from the ministry's statement.");
    expect(article.access).toEqual({ kind: "subscription" });
    const reasons = report.map((r) => r.reason);
    expect(reasons).toContain("access");
    expect(report.find((r) => r.reason === "robots")?.value).toBe(
      "noindex, max-image-preview:large",
    );
    parseArticle(article);
  });

  it("a paywalled part without data-access is read as a subscription, and reported", () => {
    const html = toHtmlDocument(publisherArticle, { site }).replace(' data-access="metered"', "");
    const { article, report } = fromHtml(html);
    expect(article.access).toEqual({ kind: "subscription", freeBlocks: 1 });
    expect(report.filter((r) => r.reason === "access")).toHaveLength(1);
  });

  it("notices in another shape stay in the body as text", () => {
    const { article } = fromHtml(
      '<article class="nd-article"><h1>H</h1><aside class="nd-corrections"><h2>Correction</h2><p>No date here.</p></aside></article>',
    );
    expect(article.corrections).toBeUndefined();
    expect(JSON.stringify(article.body)).toContain("No date here.");
  });
});
