import { readFileSync } from "node:fs";
import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";
import { readmeBlocks } from "@newsdoc/test-utils";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { checkSite } from "./site.js";
import { toJsonLd } from "./to-json-ld.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/**
 * The README's article: the example article (the seed article, which has
 * no URL) at a page on the README's example domain, so the graph has a
 * WebPage and a breadcrumb.
 */
const readmeArticle: Article = {
  ...example,
  url: "https://news.example.com/world/russia-denies-sending-troops-to-syria",
  sectionPath: [{ name: "World", url: "https://news.example.com/world" }],
};

/** What the site configuration adds to the graph: the article's links to it and the site's nodes. */
function siteExcerpt(graph: ReturnType<typeof toJsonLd>): unknown[] {
  const nodes = graph["@graph"];
  const article = nodes[0]!;
  return [
    {
      "@type": article["@type"],
      "@id": article["@id"],
      publisher: article.publisher,
      mainEntityOfPage: article.mainEntityOfPage,
      isPartOf: article.isPartOf,
    },
    ...nodes.filter((n) =>
      ["WebPage", "BreadcrumbList", "WebSite", "NewsMediaOrganization"].includes(n["@type"]),
    ),
  ];
}

describe("the README's For publishers section is real output", () => {
  const [yaml] = readmeBlocks(README, "For publishers", "yaml");
  const site = checkSite(parse(yaml!));

  test("its site.yaml is complete: every field and every publisher policy is set", () => {
    expect(Object.keys(site).sort()).toEqual(
      [
        "authorUrl",
        "language",
        "logo",
        "name",
        "publisher",
        "social",
        "titleTemplate",
        "url",
      ].sort(),
    );
    expect(Object.keys(site.publisher!)).toHaveLength(12);
  });

  test("the graph it shows is what toJsonLd writes for that site", () => {
    const [json] = readmeBlocks(README, "For publishers", "json");
    const actual = siteExcerpt(toJsonLd(readmeArticle, { site }));
    // On a change, paste this into the README's json block.
    const expected = JSON.stringify(actual, null, 2);
    expect(json, `README.md's json block should be:\n${expected}`).toBe(expected);
  });
});
