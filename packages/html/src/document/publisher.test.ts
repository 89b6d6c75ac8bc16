import { truncateAtWord } from "@newsdoc/core/kit";
import { toJsonLd } from "@newsdoc/jsonld";
import { HtmlValidate } from "html-validate";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { describe, expect, it } from "vitest";
import { publisherArticle, site } from "./__fixtures__/publisher.js";
import { toHtmlDocument } from "./to-html-document.js";

type Element = DefaultTreeAdapterMap["element"];

function elements(node: DefaultTreeAdapterMap["parentNode"], out: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if ("tagName" in child) {
      out.push(child);
      elements(child, out);
    }
  }
  return out;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: Element, name: string) => (attr(el, "class") ?? "").split(" ").includes(name);
const text = (el: Element): string =>
  el.childNodes.map((c) => ("value" in c ? c.value : "tagName" in c ? text(c) : "")).join("");

function page(html: string) {
  const all = elements(parse(html));
  const metas = new Map<string, string[]>();
  for (const el of all.filter((e) => e.tagName === "meta")) {
    const key = attr(el, "property") ?? attr(el, "name");
    if (key) metas.set(key, [...(metas.get(key) ?? []), attr(el, "content")!]);
  }
  return { all, meta: (key: string) => metas.get(key) };
}

describe("toHtmlDocument for publishers (with a site)", () => {
  const html = toHtmlDocument(publisherArticle, { site });
  const { all, meta } = page(html);

  it("writes the site's title, names and handles", () => {
    const title = all.find((e) => e.tagName === "title")!;
    expect(text(title)).toBe("Russia Denies Sending Troops to Syria, but Would… | Example News");
    expect(Array.from(text(title)).length).toBeLessThanOrEqual(70);
    expect(meta("og:site_name")).toEqual(["Example News"]);
    expect(meta("og:locale")).toEqual(["en"]);
    expect(meta("og:locale:alternate")).toEqual(["ru"]);
    expect(meta("article:publisher")).toEqual(["https://www.facebook.com/examplenews"]);
    expect(meta("article:author")).toEqual(["https://news.example.com/authors/sharkov"]);
    expect(meta("twitter:site")).toEqual(["@examplenews"]);
    expect(meta("twitter:creator")).toEqual(["@dsharkov"]);
  });

  it("asks for large image previews by default, and noindex on request", () => {
    expect(meta("robots")).toEqual(["max-image-preview:large"]);
    const noindex = page(toHtmlDocument(publisherArticle, { site, robots: { noindex: true } }));
    expect(noindex.meta("robots")).toEqual(["noindex, max-image-preview:large"]);
    expect(
      page(toHtmlDocument(publisherArticle, { robots: false })).meta("robots"),
    ).toBeUndefined();
    expect(() => toHtmlDocument(publisherArticle, { robots: { noIndex: true } as never })).toThrow(
      /robots\.noIndex is not an option/,
    );
  });

  it("canonical and og:url drop the fragment; hreflang lists the page and its translation", () => {
    const canonical = all.find((e) => e.tagName === "link" && attr(e, "rel") === "canonical")!;
    expect(attr(canonical, "href")).toBe("https://news.example.com/2015/09/russia-syria");
    expect(meta("og:url")).toEqual(["https://news.example.com/2015/09/russia-syria"]);
    const alternates = all
      .filter((e) => e.tagName === "link" && attr(e, "rel") === "alternate")
      .map((e) => [attr(e, "hreflang"), attr(e, "href")]);
    expect(alternates).toEqual([
      ["en", "https://news.example.com/2015/09/russia-syria"],
      ["ru", "https://news.example.com/ru/2015/09/russia-syria"],
    ]);
  });

  it("og:image is the largest rendition, with its size and the alt text", () => {
    expect(meta("og:image")).toEqual(["https://img.example.com/putin-16x9.jpg"]);
    expect(meta("og:image:width")).toEqual(["1920"]);
    expect(meta("og:image:height")).toEqual(["1080"]);
    expect(meta("og:image:alt")).toEqual(["Putin, Lavrov and Muallem at a meeting in the Kremlin"]);
    const img = all.find((e) => e.tagName === "img")!;
    expect(attr(img, "srcset")).toBe(
      "https://img.example.com/putin-lavrov-muallem.jpg 1200w, https://img.example.com/putin-16x9.jpg 1920w, https://img.example.com/putin-4x3.jpg 1600w, https://img.example.com/putin-1x1.jpg 1080w",
    );
    expect(attr(img, "sizes")).toBe("100vw");
  });

  it("card texts respect X's limits, cut at a word", () => {
    const title = meta("twitter:title")![0]!;
    const description = meta("twitter:description")![0]!;
    expect(Array.from(title).length).toBeLessThanOrEqual(70);
    expect(Array.from(description).length).toBeLessThanOrEqual(200);
    expect(description.endsWith("…")).toBe(true);
    expect(publisherArticle.description!.startsWith(description.slice(0, -1))).toBe(true);
    expect(publisherArticle.description![description.length - 1]).toBe(" ");
    expect(meta("og:description")).toEqual([publisherArticle.description]);
    expect(truncateAtWord("Short", 70)).toBe("Short");
    expect(truncateAtWord("😀".repeat(80), 70)).toBe(`${"😀".repeat(69)}…`);
  });

  it("marks the paywalled blocks with the class the JSON-LD cssSelector names", () => {
    const graph = toJsonLd(publisherArticle, { site });
    const script = all.find((e) => e.tagName === "script")!;
    const embedded = JSON.parse(text(script));
    const selector = embedded["@graph"][0].hasPart.cssSelector as string;
    expect(selector).toBe(".nd-paywalled");
    expect(embedded["@graph"][0].isAccessibleForFree).toBe(false);
    const walled = all.filter((e) => hasClass(e, selector.slice(1)));
    expect(walled).toHaveLength(1);
    // The first block is free; every other block is inside the paywalled div.
    const body = all.find((e) => hasClass(e, "nd-body"))!;
    const blocks = body.childNodes.filter((c): c is Element => "tagName" in c);
    expect(blocks.map((b) => b.tagName)).toEqual(["p", "div"]);
    expect(walled[0]!.childNodes.length).toBe(publisherArticle.body.length - 1);
    // With another class prefix, the selector follows.
    const other = toHtmlDocument(publisherArticle, { site, classPrefix: "x-" });
    expect(other).toContain('"cssSelector":".x-paywalled"');
    expect(other).toContain('class="x-paywalled"');
    expect(graph["@graph"].map((n) => n["@type"])).toContain("BreadcrumbList");
  });

  it("shows the correction, the dateline and the backstory", () => {
    const corrections = all.find((e) => hasClass(e, "nd-corrections"))!;
    expect(corrections.tagName).toBe("aside");
    expect(text(corrections)).toBe(
      "Correction11 September 2015: An earlier version misnamed the news agency.",
    );
    const time = elements(corrections).find((e) => e.tagName === "time")!;
    expect(attr(time, "datetime")).toBe("2015-09-11T12:30:00+01:00");
    const location = all.find((e) => hasClass(e, "nd-location"))!;
    expect(text(location)).toBe("Syria");
    const backstory = all.find((e) => hasClass(e, "nd-backstory"))!;
    expect(text(backstory)).toBe(
      "Behind the storyReported from Moscow wire copy and a published interview.",
    );
  });

  it("passes html-validate's recommended rules", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    for (const pretty of [false, true]) {
      const report = await validator.validateString(
        toHtmlDocument(publisherArticle, { site, pretty }),
      );
      expect(
        report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`)),
      ).toEqual([]);
    }
  });

  it("rejects a bad site configuration with every problem", () => {
    expect(() =>
      toHtmlDocument(publisherArticle, { site: { name: "x", url: "/" } as never }),
    ).toThrow(/site\.url: must be an absolute http\(s\) URL/);
  });
});
