import type { Article, Block } from "@newsdoc/core/kit";
import { toHtml, toHtmlDocument } from "@newsdoc/html";
import { toJsonLd } from "@newsdoc/jsonld";
import {
  articleArbitrary,
  assertSafeHtml,
  fcParams,
  findElements,
  getAttribute,
  HTML_ATTRIBUTES,
  HTML_DOCUMENT_ELEMENTS,
  HTML_ELEMENTS,
  type HtmlElement,
  isElement,
  textContent,
} from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { inlineText } from "./model-text.js";

// Property tests run 1,000+ cases; on a loaded 2-core machine that takes longer than the 5 s default.
vi.setConfig({ testTimeout: 120_000 });

const hasClass = (el: HtmlElement, name: string) =>
  (getAttribute(el, "class") ?? "").split(" ").includes(name);
const elementChildren = (el: HtmlElement) => el.childNodes.filter(isElement);

/** The HTML blocks under `container` show exactly the model blocks' text, one element per block. */
function expectBlocks(container: HtmlElement, all: readonly Block[]): void {
  // A figure with no file, caption or credit has nothing to show; it may be left out.
  const invisible = (b: Block) =>
    b.type === "figure" &&
    !b.image.url &&
    !b.image.credit &&
    inlineText(b.image.caption ?? [], "") === "";
  const blocks = all.filter((b) => !invisible(b));
  const rendered = elementChildren(container).filter(
    (el) =>
      !hasClass(el, "nd-attribution") &&
      el.tagName !== "footer" &&
      !(
        el.tagName === "figure" &&
        textContent(el) === "" &&
        findElements(el, (e) => e.tagName === "img").length === 0
      ),
  );
  expect(rendered.map((el) => el.tagName)).toHaveLength(blocks.length);
  blocks.forEach((block, i) => {
    const el = rendered[i]!;
    switch (block.type) {
      case "paragraph":
      case "heading":
        expect(el.tagName).toBe(block.type === "paragraph" ? "p" : `h${block.level}`);
        expect(textContent(el)).toBe(inlineText(block.children, ""));
        break;
      case "list": {
        expect(el.tagName).toBe(block.ordered ? "ol" : "ul");
        const items = elementChildren(el);
        expect(items.map((li) => textContent(li))).toEqual(
          block.children.map((item) => inlineText(item.children, "")),
        );
        break;
      }
      case "blockquote": {
        // An attributed quotation is a <figure> holding the <blockquote> and a <figcaption>.
        const quote =
          el.tagName === "figure"
            ? elementChildren(el).find((c) => c.tagName === "blockquote")
            : el;
        expect(quote?.tagName).toBe("blockquote");
        expectBlocks(quote!, block.children);
        break;
      }
      case "figure": {
        expect(el.tagName).toBe("figure");
        const img = findElements(el, (e) => e.tagName === "img")[0];
        if (block.image.url) expect(img && getAttribute(img, "alt")).toBe(block.image.alt ?? "");
        const caption = findElements(el, (e) => e.tagName === "figcaption")[0];
        const captionText = caption ? textContent(caption) : "";
        if (block.image.caption) expect(captionText).toContain(inlineText(block.image.caption, ""));
        if (block.image.credit) expect(captionText).toContain(block.image.credit.text);
        break;
      }
      case "rule":
        expect(el.tagName).toBe("hr");
        break;
      case "embed":
      case "video":
      case "audio": {
        expect(el.tagName).toBe("figure");
        const caption = findElements(el, (e) => e.tagName === "figcaption")[0];
        expect(caption && textContent(caption)).toContain(block.title);
        if (block.type === "embed" && block.fallback !== undefined)
          expect(textContent(el)).toContain(block.fallback);
        break;
      }
      case "aside": {
        expect(el.tagName).toBe("aside");
        const [title, ...rest] = elementChildren(el);
        expect(getAttribute(el, "aria-labelledby")).toBe(getAttribute(title!, "id"));
        expect(textContent(title!)).toBe(inlineText(block.title, ""));
        expectBlocks({ ...el, childNodes: rest } as HtmlElement, block.children);
        break;
      }
      case "pullQuote":
        expect([el.tagName, getAttribute(el, "aria-hidden")]).toEqual(["aside", "true"]);
        expect(getAttribute(el, "data-quote")).toBe(block.quote);
        break;
      case "editorsNote":
        expect([el.tagName, getAttribute(el, "role")]).toEqual(["div", "note"]);
        expect(textContent(el)).toBe(`Editor's note: ${inlineText(block.children, "")}`);
        break;
      case "correction": {
        expect([el.tagName, getAttribute(el, "role")]).toEqual(["div", "note"]);
        const [time] = findElements(el, (e) => e.tagName === "time");
        expect(getAttribute(time!, "datetime")).toBe(block.date);
        expect(textContent(el).endsWith(`: ${block.text}`)).toBe(true);
        break;
      }
    }
  });
}

function expectArticleText(root: HtmlElement, article: Article): void {
  const [h1] = findElements(root, (el) => el.tagName === "h1");
  expect(textContent(h1!)).toBe(article.headline);
  if (article.alternativeHeadline !== undefined) {
    const dek = findElements(root, (el) => hasClass(el, "nd-dek"))[0];
    expect(dek && textContent(dek)).toBe(article.alternativeHeadline);
  }
  const [body] = findElements(root, (el) => hasClass(el, "nd-body"));
  expectBlocks(body!, article.body);
}

const arbitrary = articleArbitrary({ ids: "hostile", bodyNodes: true });

describe("toHtml over hostile articles", () => {
  it("shows exactly the model's text, with only documented elements and attributes and safe URLs", () => {
    fc.assert(
      fc.property(
        arbitrary,
        fc.constantFrom(undefined, "quotes", "claims"),
        (article, appendix) => {
          const html = toHtml(article, appendix ? { appendix } : {});
          const { root } = assertSafeHtml(html, {
            allowedElements: HTML_ELEMENTS,
            allowedAttributes: HTML_ATTRIBUTES,
          });
          const [el] = findElements(root, (e) => e.tagName === "article");
          expectArticleText(el!, article);
        },
      ),
      fcParams(),
    );
  });

  it("does the same with mention links off and pretty-printing on", () => {
    fc.assert(
      fc.property(arbitrary, (article) => {
        const html = toHtml(article, { mentionLinks: false, pretty: true } as never);
        assertSafeHtml(html, {
          allowedElements: HTML_ELEMENTS,
          allowedAttributes: HTML_ATTRIBUTES,
        });
      }),
      fcParams({ numRuns: Math.max(100, Math.floor((fcParams().numRuns ?? 1000) / 5)) }),
    );
  });
});

describe("toHtmlDocument over hostile articles", () => {
  it("has one JSON-LD script that parses to toJsonLd's object, and nothing else unsafe", () => {
    fc.assert(
      fc.property(arbitrary, (article) => {
        const html = toHtmlDocument(article);
        const { root, jsonLd } = assertSafeHtml(html, {
          allowedElements: HTML_DOCUMENT_ELEMENTS,
          allowedAttributes: HTML_ATTRIBUTES,
          allowJsonLdScript: "required",
        });
        expect(JSON.parse(jsonLd[0]!)).toEqual(toJsonLd(article));
        const [el] = findElements(root, (e) => e.tagName === "article");
        expectArticleText(el!, article);
      }),
      fcParams(),
    );
  });
});
