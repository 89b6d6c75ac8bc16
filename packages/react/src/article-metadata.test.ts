import { article as example } from "@newsdoc/core/example";
import { articleHead } from "@newsdoc/core/kit";
import { describe, expect, it } from "vitest";
import { fixture } from "../../html/src/__fixtures__/article.js";
import { articleMetadata, DEFAULT_ROBOTS } from "./article-metadata.js";

describe("articleMetadata", () => {
  it("gives Next.js the head data of toHtmlDocument, for a full article", () => {
    const head = articleHead(fixture);
    expect(articleMetadata(fixture, { twitterSite: "@newsweek" })).toEqual({
      title: head.title,
      description: fixture.description,
      alternates: { canonical: fixture.url },
      openGraph: {
        type: "article",
        title: fixture.headline,
        description: fixture.description,
        url: fixture.url,
        siteName: "Newsweek",
        locale: "en",
        images: [
          {
            url: fixture.image!.url,
            width: 1200,
            height: 800,
            alt: fixture.image!.alt,
          },
        ],
        publishedTime: fixture.datePublished,
        modifiedTime: fixture.dateModified,
        authors: ["https://news.example.com/authors/damien-sharkov"],
        section: "World",
        tags: ["Russia", "Syria"],
      },
      twitter: {
        card: "summary_large_image",
        site: "@newsweek",
        // Cut at a word, as toHtmlDocument's twitter:title.
        title: head.twitter.title,
        description: fixture.description,
        images: [{ url: fixture.image!.url, alt: fixture.image!.alt }],
      },
      // The kit's robots, in the form Next.js writes as the same tag: "max-image-preview:large".
      robots: { "max-image-preview": "large" },
    });
    expect(DEFAULT_ROBOTS).toEqual({ maxImagePreview: "large" });
  });

  it("leaves out what is unknown, never writing an empty value", () => {
    const metadata = articleMetadata(example, { robots: false });
    const strings: unknown[] = [];
    JSON.stringify(metadata, (_, v) => {
      if (typeof v === "string") strings.push(v);
      return v;
    });
    expect(strings).not.toContain("");
    expect(metadata.robots).toBeUndefined();
    expect(metadata.twitter.card).toBe(example.image?.url ? "summary_large_image" : "summary");
    expect(JSON.stringify(metadata)).not.toContain("undefined");
    for (const value of Object.values(metadata.openGraph)) expect(value).not.toBeUndefined();
  });

  it("shortens the title like toHtmlDocument; an own title and robots are kept", () => {
    expect(articleMetadata(fixture).title).toBe(articleHead(fixture).title);
    expect(articleMetadata(fixture).title.length).toBeLessThanOrEqual(71);
    const own = articleMetadata(fixture, {
      title: "Mine",
      robots: { noindex: true, maxImagePreview: "standard" },
    });
    expect(own.title).toBe("Mine");
    expect(own.openGraph.title).toBe(fixture.headline);
    expect(own.robots).toEqual({ index: false, "max-image-preview": "standard" });
  });

  it("keeps only safe absolute URLs", () => {
    const metadata = articleMetadata({
      ...fixture,
      url: "javascript:alert(1)",
      image: { ...fixture.image!, url: "/relative.jpg" },
    });
    expect(metadata.alternates).toBeUndefined();
    expect(metadata.openGraph.url).toBeUndefined();
    expect(metadata.openGraph.images).toBeUndefined();
    expect(metadata.twitter.card).toBe("summary");
  });

  it("bad options are TypeErrors", () => {
    expect(() => articleMetadata(fixture, null as never)).toThrow(TypeError);
    expect(() => articleMetadata(fixture, { title: " " })).toThrow(/title must be a non-empty/);
    expect(() => articleMetadata(fixture, { twitterSite: 1 as never })).toThrow(/twitterSite/);
    expect(() => articleMetadata(fixture, { robots: "all" as never })).toThrow(/robots/);
    expect(() => articleMetadata(fixture, { robots: { index: false } as never })).toThrow(
      /robots\.index is not an option/,
    );
  });
});
