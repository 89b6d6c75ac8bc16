import { type Article, type Block, plainText } from "@newsdoc/core";
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import type { ImportReport } from "../report.js";

type Node = DefaultTreeAdapterTypes.Node;

// Never shown to a reader: code, styles, metadata, frames' raw text, template content.
const INVISIBLE = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "title",
  "head",
  "xmp-never",
]);

/** Text normalised for comparison: whitespace runs are one space, controls and noncharacters removed, lone surrogates U+FFFD, trimmed. */
export function normalise(text: string): string {
  return text
    .replace(/[\t\n\f\r ]+/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/g, "")
    .replace(
      /[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/gu,
      "",
    )
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replace(/ +/g, " ")
    .trim();
}

/**
 * Every visible text run of an HTML page, as parse5 reads it (an oracle
 * independent of the importer): the text nodes of the body outside
 * scripts, styles, templates and frames, normalised, blank ones left out.
 */
export function visibleTexts(html: string): string[] {
  const out: string[] = [];
  const stack: Node[] = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === "#text") {
      const text = normalise((node as DefaultTreeAdapterTypes.TextNode).value);
      if (text !== "") out.push(text);
      continue;
    }
    if ("tagName" in node && INVISIBLE.has(node.tagName)) continue;
    const kids = "childNodes" in node ? node.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** The text of blocks that `plainText` leaves out: credits, embeds' and media's words, at any depth. */
function figureTexts(blocks: readonly Block[], out: string[]): void {
  for (const b of blocks) {
    if (b.type === "figure" && b.image.credit) out.push(b.image.credit.text);
    if (b.type === "figure" && b.image.caption) out.push(plainText(b.image.caption));
    if (b.type === "embed") out.push(b.title, b.fallback ?? "");
    if (b.type === "video" || b.type === "audio") {
      out.push(b.title, b.description ?? "", b.transcript ?? "");
      for (const t of b.tracks ?? []) out.push(t.label);
    }
    if (b.type === "blockquote" || b.type === "aside") figureTexts(b.children, out);
  }
}

/** Everything the article and its report say, normalised: metadata text, body, captions, credits, the report's texts and values. */
export function articleAndReportText(article: Article, report: ImportReport): string {
  // Without a printed byline, an article shows its authors' names, separated by commas.
  const authors = article.authors.map((id) => article.entities.find((e) => e.id === id)?.name);
  const parts: string[] = [
    article.headline,
    article.alternativeHeadline ?? "",
    article.byline ?? authors.join(", "),
  ];
  parts.push(plainText(article.body));
  if (article.image?.caption) parts.push(plainText(article.image.caption));
  if (article.image?.credit) parts.push(article.image.credit.text);
  figureTexts(article.body, parts);
  for (const e of article.entities) parts.push(e.name);
  for (const item of report) parts.push(item.text ?? "", item.value ?? "");
  return normalise(parts.join(" \n "));
}
