import { parseArticle } from "@newsdoc/core";
import type { Article, ImageRendition } from "@newsdoc/core/kit";
import { getAttribute as attr, findElements, parseHtml, textContent } from "@newsdoc/test-utils";
import { describe, expect, it } from "vitest";
import { fixture } from "../__fixtures__/article.js";
import { toHtmlDocument } from "./to-html-document.js";

/** The page as a reader and a crawler see it: the lead <img>, the meta tags, the JSON-LD. */
function read(article: Article) {
  // The articles below are valid: the test is about rendering, not about data parseArticle rejects.
  parseArticle(structuredClone(article));
  const all = findElements(parseHtml(toHtmlDocument(article)));
  const meta = (key: string) =>
    all
      .filter((e) => e.tagName === "meta" && (attr(e, "property") ?? attr(e, "name")) === key)
      .map((e) => attr(e, "content"));
  const script = all.find((e) => e.tagName === "script")!;
  const graph = JSON.parse(textContent(script)) as {
    "@graph": Record<string, unknown>[];
  };
  const node = (id: string) => graph["@graph"].find((n) => n["@id"] === id)!;
  const img = all.find((e) => e.tagName === "img")!;
  return { img, meta, graph, node };
}

const BASE = fixture.url!;
const wide: ImageRendition = {
  url: "https://img.example.com/putin-16x9.jpg",
  width: 1920,
  height: 1080,
};
const classic: ImageRendition = {
  url: "https://img.example.com/putin-4x3.jpg",
  width: 1600,
  height: 1200,
};
const square: ImageRendition = {
  url: "https://img.example.com/putin-1x1.jpg",
  width: 1080,
  height: 1080,
};

describe("an image known only by its renditions (no url of its own)", () => {
  const { url: _url, width: _w, height: _h, ...rest } = fixture.image!;
  const article: Article = { ...fixture, image: { ...rest, renditions: [classic, wide, square] } };
  const { img, meta, node } = read(article);

  it("HTML: the largest rendition is the src, every rendition is in srcset, with sizes", () => {
    expect(attr(img, "src")).toBe(wide.url);
    expect([attr(img, "width"), attr(img, "height")]).toEqual(["1920", "1080"]);
    expect(attr(img, "srcset")).toBe(
      `${classic.url} 1600w, ${wide.url} 1920w, ${square.url} 1080w`,
    );
    expect(attr(img, "sizes")).toBe("100vw");
    expect(attr(img, "alt")).toBe(fixture.image!.alt);
  });

  it("og:image is the largest rendition, with its size and alt text", () => {
    expect(meta("og:image")).toEqual([wide.url]);
    expect(meta("og:image:width")).toEqual(["1920"]);
    expect(meta("og:image:height")).toEqual(["1080"]);
    expect(meta("og:image:alt")).toEqual([fixture.image!.alt]);
  });

  it("JSON-LD: the article's image is the list of renditions; the described image stays associated media", () => {
    const news = node(`${BASE}#article`);
    expect(news.image).toEqual([
      { "@id": `${BASE}#image-1` },
      { "@id": `${BASE}#image-2` },
      { "@id": `${BASE}#image-3` },
    ]);
    expect(news.thumbnailUrl).toBe(square.url);
    expect((news.associatedMedia as { "@id": string }[])[0]).toEqual({ "@id": `${BASE}#image` });
    const described = node(`${BASE}#image`);
    expect(described.url).toBeUndefined();
    expect(described.description).toBe(fixture.image!.alt);
    expect(node(`${BASE}#image-2`)).toMatchObject({
      "@type": "ImageObject",
      url: wide.url,
      width: { value: 1920 },
      height: { value: 1080 },
      isBasedOn: { "@id": `${BASE}#image` },
    });
  });
});

describe("an image with renditions but fewer than two srcset candidates", () => {
  // The image's own file has no width, so it cannot be a `w` candidate;
  // one rendition alone is no choice for the browser.
  const { width: _w, height: _h, ...rest } = fixture.image!;
  const article: Article = { ...fixture, image: { ...rest, renditions: [square] } };
  const { img, meta, node } = read(article);

  it("HTML: src is the image's own file, with no srcset and no sizes", () => {
    expect(attr(img, "src")).toBe(fixture.image!.url);
    expect(attr(img, "srcset")).toBeUndefined();
    expect(attr(img, "sizes")).toBeUndefined();
    expect(attr(img, "width")).toBeUndefined();
  });

  it("og:image is the file of known size (the rendition), with that size", () => {
    expect(meta("og:image")).toEqual([square.url]);
    expect(meta("og:image:width")).toEqual(["1080"]);
  });

  it("JSON-LD: the image list has the file and the rendition", () => {
    expect(node(`${BASE}#article`).image).toEqual([
      { "@id": `${BASE}#image` },
      { "@id": `${BASE}#image-1` },
    ]);
    expect(node(`${BASE}#article`).thumbnailUrl).toBe(square.url);
  });

  it("renditions as wide as the file give no srcset either (one candidate per width)", () => {
    const same: Article = {
      ...fixture,
      image: {
        ...fixture.image!,
        renditions: [{ url: square.url, width: 1200, height: 1200 }],
      },
    };
    const page = read(same);
    expect(attr(page.img, "src")).toBe(fixture.image!.url);
    expect(attr(page.img, "srcset")).toBeUndefined();
    // og:image: the larger of the two (1200×1200 over 1200×800).
    expect(page.meta("og:image")).toEqual([square.url]);
  });
});
