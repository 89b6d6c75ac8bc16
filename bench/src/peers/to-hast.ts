import { type Article, type Block, entityHref, type Inline } from "@newsdoc/core/kit";
import type { Element, ElementContent, Root } from "hast";

const el = (
  tagName: string,
  properties: Element["properties"],
  children: ElementContent[],
): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: "text", value });

function inline(nodes: readonly Inline[], article: Article): ElementContent[] {
  return nodes.map((n) => inlineOne(n, article));
}

function inlineOne(n: Inline, article: Article): ElementContent {
  if (typeof n === "string") return text(n);
  switch (n.type) {
    case "mention": {
      const entity = article.entities.find((e) => e.id === n.entity);
      const href = entity ? entityHref(entity) : undefined;
      return href
        ? el("a", { className: ["nd-mention"], href, dataEntity: n.entity }, [text(n.text)])
        : el("span", { className: ["nd-mention"], dataEntity: n.entity }, [text(n.text)]);
    }
    case "quote": {
      const quote = article.quotes.find((q) => q.id === n.quote);
      return el(
        "span",
        { className: ["nd-quote"], dataQuote: n.quote, dataSpeaker: quote?.speaker },
        inline(n.children, article),
      );
    }
    case "emphasis":
      return el("em", {}, inline(n.children, article));
    case "strong":
      return el("strong", {}, inline(n.children, article));
    case "link":
      return el("a", { href: n.url }, inline(n.children, article));
    case "break":
      return el("br", {}, []);
  }
}

function figure(caption: readonly Inline[], credit: string | undefined, article: Article): Element {
  const children = inline(caption, article);
  if (credit) children.push(text(" "), el("span", { className: ["nd-credit"] }, [text(credit)]));
  return el("figure", { className: ["nd-figure"] }, [el("figcaption", {}, children)]);
}

function block(b: Block, article: Article): Element {
  switch (b.type) {
    case "paragraph":
      return el("p", {}, inline(b.children, article));
    case "heading":
      return el(`h${b.level}`, {}, inline(b.children, article));
    case "figure":
      return figure(b.image.caption ?? [], b.image.credit?.text, article);
    case "blockquote":
      return el(
        "blockquote",
        {},
        b.children.map((c) => block(c, article)),
      );
    case "list":
      return el(
        b.ordered ? "ol" : "ul",
        {},
        b.children.map((i) => el("li", {}, inline(i.children, article))),
      );
    case "rule":
      return el("hr", {}, []);
    default:
      // The peers are benchmarked on the example article, which has none of the newer block types.
      throw new Error(
        `The peer benchmark does not convert "${b.type}" blocks (the example article has none).`,
      );
  }
}

/**
 * The article as a hast tree shaped like newsdoc's HTML, for
 * hast-util-to-html. Built once, outside the timed loop: look-ups here are
 * deliberately naive.
 */
export function toHast(article: Article): Root {
  const header: ElementContent[] = [
    el("h1", { className: ["nd-headline"] }, [text(article.headline)]),
  ];
  if (article.alternativeHeadline)
    header.push(el("p", { className: ["nd-dek"] }, [text(article.alternativeHeadline)]));
  const children: ElementContent[] = [el("header", { className: ["nd-header"] }, header)];
  if (article.image?.caption)
    children.push(figure(article.image.caption, article.image.credit?.text, article));
  for (const b of article.body) children.push(block(b, article));
  return {
    type: "root",
    children: [el("article", { className: ["nd-article"], lang: article.language }, children)],
  };
}
